import { useEffect, useState } from 'preact/hooks';
import { ApiError, type EditorApi, type Media, upload } from './api';
import type { ArticleFields } from './article';
import { TextField } from './Field';
import type { FieldMessages } from './problems';

const MEDIA_STATES: Record<Media['status'], string> = {
  'awaiting-upload': 'en attente de l’envoi', processing: 'en traitement', ready: 'prête', failed: 'refusée',
};

type ImageFields = Pick<ArticleFields, 'imageMedia' | 'imageAlt' | 'imageCaption' | 'imageCredit'>;

/**
 * The lead picture: announced with POST /media, its bytes sent to the presigned URL with a
 * progress bar, watched until ready; its texts for this article; its focal point picked by a
 * click on the picture (PATCH /media).
 */
export function ImagePanel(props: { api: EditorApi; fields: ImageFields; messages: FieldMessages; onChange: (change: Partial<ImageFields>) => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [media, setMedia] = useState<{ value: Media; etag: string } | null>(null);
  const [localUrl, setLocalUrl] = useState('');
  const [note, setNote] = useState('');
  // A new focal point sends the picture back to processing: bumping this watches it again.
  const [watch, setWatch] = useState(0);
  const mediaId = props.fields.imageMedia;

  useEffect(() => {
    if (!mediaId) return setMedia(null);
    let stopped = false;
    // A new picture is processed after its upload: look again until it is ready or failed.
    const look = async (tries: number) => {
      try {
        const current = await props.api.media(mediaId);
        if (stopped) return;
        setMedia(current);
        if ((current.value.status === 'processing' || current.value.status === 'awaiting-upload') && tries > 0) {
          setTimeout(() => look(tries - 1), 1000);
        }
      } catch (e) {
        if (!stopped) setNote(e instanceof ApiError ? e.message : String(e));
      }
    };
    look(90);
    return () => { stopped = true; };
  }, [mediaId, watch, props.api]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setNote('');
    setProgress(0);
    try {
      const announced = await props.api.announceMedia(file);
      await upload(announced.value.upload, file, setProgress);
      setLocalUrl(URL.createObjectURL(file));
      props.onChange({ imageMedia: announced.value.id });
      setNote('Image envoyée.');
    } catch (e) {
      setNote(`L’image n’a pas pu être envoyée : ${e instanceof Error ? e.message : e}`);
    } finally {
      setProgress(null);
    }
  };

  const pickFocus = async (event: MouseEvent) => {
    if (!media || event.detail === 0) return; // a key press has no point on the picture
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const focus = {
      x: Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)),
      y: Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)),
    };
    try {
      setMedia(await props.api.describeMedia(media.value.id, { focus }, media.etag));
      setWatch(watch + 1);
      setNote(`Point d’intérêt : ${Math.round(focus.x * 100)} %, ${Math.round(focus.y * 100)} %.`);
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e));
    }
  };

  const shown = localUrl || media?.value.renditions.find((r) => r.crop === '4x3')?.url || '';
  const focus = media?.value.focus;
  return (
    <fieldset class="image">
      <legend>Image principale</legend>
      <div class="field">
        <label for="field-image-file">Choisir une image</label>
        <input id="field-image-file" type="file" accept="image/jpeg,image/png,image/webp,image/gif"
          onChange={(e) => choose(e.currentTarget.files?.[0])} />
      </div>
      {progress !== null && (
        <div class="field">
          <label for="image-progress">Envoi de l’image</label>
          <progress id="image-progress" max={1} value={progress}>{Math.round(progress * 100)} %</progress>
        </div>
      )}
      {media && <p class="media-status">État : {MEDIA_STATES[media.value.status]}{media.value.reason ? ` (${media.value.reason})` : ''}</p>}
      {shown && (
        <button type="button" class="focus-picker" aria-label="Choisir le point d’intérêt en cliquant sur l’image" onClick={pickFocus}>
          <img src={shown} alt={props.fields.imageAlt} />
          {focus && <span class="focus-mark" style={{ left: `${focus.x * 100}%`, top: `${focus.y * 100}%` }} aria-hidden="true" />}
        </button>
      )}
      {note && <p role="status">{note}</p>}
      <TextField id="field-image-alt" label="Texte alternatif" value={props.fields.imageAlt} messages={props.messages.imageAlt ?? props.messages.imageMedia} onInput={(v) => props.onChange({ imageAlt: v })} />
      <TextField id="field-image-caption" label="Légende" value={props.fields.imageCaption} messages={props.messages.imageCaption} onInput={(v) => props.onChange({ imageCaption: v })} />
      <TextField id="field-image-credit" label="Crédit" value={props.fields.imageCredit} messages={props.messages.imageCredit} onInput={(v) => props.onChange({ imageCredit: v })} />
      {mediaId && <button type="button" onClick={() => { setLocalUrl(''); props.onChange({ imageMedia: '' }); }}>Retirer l’image</button>}
    </fieldset>
  );
}
