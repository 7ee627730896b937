import type { Ref } from 'react';
import { hrefFor } from '../../app/router';

/** The way back to the list and the card's title: its reference and, beside it, what it is about. */
export function CardHeading({ reference, about, headingRef }: { reference: string; about: string; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <p className="crumbs">
        <a href={hrefFor({ name: 'list' })}>Klachten</a> /
      </p>
      <h1 id="card-title" ref={headingRef} tabIndex={-1}>
        {reference}
        <span className="title-summary">{about}</span>
      </h1>
    </>
  );
}
