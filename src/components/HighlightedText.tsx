import React from 'react';

import { findMatches } from './search';

interface Props {
  text: string;
  foldedQuery: string;
}

/** Plain text with the search matches wrapped in `mark`. */
export function HighlightedText({ text, foldedQuery }: Props) {
  const ranges = findMatches(text, foldedQuery);
  if (ranges.length === 0) {
    return <>{text}</>;
  }
  const pieces: React.ReactNode[] = [];
  let last = 0;
  ranges.forEach((range, index) => {
    pieces.push(text.slice(last, range.start));
    pieces.push(
      <mark key={index} data-testid="search-match">
        {text.slice(range.start, range.end)}
      </mark>
    );
    last = range.end;
  });
  pieces.push(text.slice(last));
  return <>{pieces}</>;
}
