import { useEffect, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';

/**
 * An uploaded picture as an object URL: the picture route needs the viewer's sign-in, which an
 * <img src> cannot send, so the bytes are fetched with it and shown from a blob: URL (the tab's
 * CSP allows blob: images). The URL is released when the picture changes or the view goes.
 */
export function useStoryPicture(imageId: string | null): string | null {
  const client = useApiClient();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!imageId) {
      setUrl(null);
      return;
    }
    const abort = new AbortController();
    let made: string | null = null;
    client
      .blob(`/api/stories/images/${encodeURIComponent(imageId)}`, abort.signal)
      .then((blob) => {
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => setUrl(null));
    return () => {
      abort.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [client, imageId]);
  return url;
}
