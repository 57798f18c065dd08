import { useEffect, useState } from 'react';

/**
 * False in the first render, true once the browser has had a frame to show it: a page draws its
 * top first and the rest after that frame. Unlike a deferred value, whose second render starts at
 * once and on a busy machine holds the frame back (docs/tab-speed.md, round nine), the rest waits
 * for the frame: a timer started in the frame's animation callback runs after its paint.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
