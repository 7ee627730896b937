import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import type { FigureFilter } from '../../domain/analysis';

/** The complaints behind a figure of the analysis, newest first; undefined without a figure or while loading. */
export function useFigureIds(figure: FigureFilter | undefined, today: string): string[] | undefined {
  const repos = useRepositories();
  const key = figure ? JSON.stringify(figure) : '';
  return useLiveQuery(async () => (figure ? repos.analysis.complaintIds(figure, today) : undefined), [repos, key, today]);
}
