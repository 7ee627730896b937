import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { FigureTable } from '../../domain/analysis';
import { FigureChart } from './FigureChart';

/** Whether the page is being printed: every chart must be drawn for the paper, also those never scrolled to. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  return printing;
}

/**
 * A chart drawn once it comes near the screen, and after its table: a chart
 * costs a hundred times its table to draw, and the figures a person asked for
 * are in the tables, so they never wait for charts scrolled out of sight.
 */
export function LazyChart({ table }: { table: FigureTable }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const printing = usePrinting();
  const deferred = useDeferredValue(table);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), { rootMargin: '300px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} className="figure-chart-box">
      {near || printing ? <FigureChart table={deferred} /> : null}
    </div>
  );
}
