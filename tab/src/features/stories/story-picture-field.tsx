import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../lib/translation';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { formatNumber } from './format';
import type { StoryDraft, StoryOptions } from './types';
import { useStoryPicture } from './use-story-picture';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  preview: { display: 'block', maxWidth: '100%', maxHeight: '12rem', objectFit: 'contain', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3 },
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

// What the server takes; the client checks only to answer at once (the server checks the bytes).
const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';
const DEFAULT_MAX = 2 * 1024 * 1024;

const kb = (bytes: number) => `${formatNumber(Math.ceil(bytes / 1024))} KB`;

function decodeUpload(value: unknown): { id: string } | undefined {
  const image = (value as { image?: { id?: unknown } } | null)?.image;
  return typeof image?.id === 'string' ? { id: image.id } : undefined;
}

/**
 * The story's picture: an upload (stored by Maker Hub) or an https address, not both. The file is
 * sent as it is; what it is, is decided by the server from its bytes.
 */
export function StoryPictureField({ values, options, errors, onChange, title }: { readonly values: StoryDraft; readonly options: StoryOptions; readonly errors: Readonly<Record<string, string>>; readonly onChange: (update: (v: StoryDraft) => StoryDraft) => void; readonly title: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const input = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const imageId = values.imageId ?? '';
  const preview = useStoryPicture(imageId || null);
  const max = options.imageMaxBytes ?? DEFAULT_MAX;

  async function choose(file: File | undefined): Promise<void> {
    if (!file) return;
    setProblem(undefined);
    if (file.size > max) return setProblem(t('storyPicture.tooLarge', { size: kb(file.size), max: kb(max) }));
    if (!ACCEPT.split(',').includes(file.type)) return setProblem(t('storyPicture.wrongType'));
    setBusy(true);
    try {
      const { id } = await client.upload('/api/stories/images', file, decodeUpload);
      onChange((v) => ({ ...v, imageId: id, imageUrl: '' }));
    } catch (caught) {
      const error = toApiError(caught);
      setProblem(error.fields.image ?? error.message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  const message = problem ?? errors.imageId;
  return (
    <div className={styles.root}>
      <Field label={t('storyPicture.label')} hint={t('storyPicture.hint', { size: kb(max) })} {...(message ? { validationState: 'error' as const, validationMessage: message } : imageId ? { validationState: 'success' as const, validationMessage: t('storyPicture.uploaded') } : {})}>
        <div className={styles.actions}>
          <input id={fileId} ref={input} className={styles.file} type="file" accept={ACCEPT} tabIndex={-1} aria-hidden onChange={(e) => void choose(e.target.files?.[0])} data-testid="story-picture-file" />
          <Button disabled={busy} onClick={() => input.current?.click()}>
            {busy ? t('storyPicture.uploading') : imageId ? t('storyPicture.replace') : t('storyPicture.choose')}
          </Button>
          {imageId ? <Button appearance="subtle" onClick={() => onChange((v) => ({ ...v, imageId: '' }))}>{t('storyPicture.remove')}</Button> : null}
        </div>
      </Field>
      {preview ? <img src={preview} alt={t('storyPicture.alt', { title: title || t('storyPicture.preview') })} className={styles.preview} /> : null}
      <Field label={t('storyPicture.addressLabel')} hint={imageId ? t('storyPicture.addressDisabled') : undefined} {...(errors.imageUrl ? { validationState: 'error' as const, validationMessage: errors.imageUrl } : {})}>
        <Input type="url" value={values.imageUrl} disabled={imageId !== ''} placeholder="https://…/screenshot.png" onChange={(_, d) => onChange((v) => ({ ...v, imageUrl: d.value }))} />
      </Field>
    </div>
  );
}
