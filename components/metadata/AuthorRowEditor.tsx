import type { I18n } from '@/hooks/useI18n';
import { IconButton } from '../common/IconButton';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import type { AuthorDraft, AuthorKind } from './author-draft';

export interface AuthorRowEditorProps {
  draft: AuthorDraft;
  /** Ids of this row's controls start with this, so the list can move focus between rows. */
  idPrefix: string;
  position: number;
  count: number;
  /** How the row is named in its legend and its buttons' labels ("Anna Schmidt", or "Autor:in 2" while empty). */
  name: string;
  error: string | null;
  t: I18n['t'];
  onChange: (draft: AuthorDraft) => void;
  onKind: (kind: AuthorKind) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/** One author: a person (given and family name) or an organisation (one name), with move and remove. */
export function AuthorRowEditor(props: AuthorRowEditorProps) {
  const { draft, idPrefix, position, count, name, error, t } = props;
  const errorId = error ? `${idPrefix}-error` : null;
  return (
    <li class="meta-author" data-author-kind={draft.kind}>
      <fieldset class="meta-author__fields">
        <legend class="visually-hidden">{t('meta_authorRow', String(position), name)}</legend>
        {/* The row's own controls sit beside its kind, so the names below get the full width. */}
        <div class="meta-author__head">
          <SelectField
            id={`${idPrefix}-kind`}
            label={t('meta_authorKind')}
            value={draft.kind}
            options={[
              { value: 'person', label: t('meta_kindPerson') },
              { value: 'organisation', label: t('meta_kindOrganisation') },
            ]}
            onChange={(kind) => props.onKind(kind as AuthorKind)}
          />
          <div class="meta-author__actions">
            <IconButton
              id={`${idPrefix}-up`}
              icon="arrowUp"
              label={t('meta_moveUp', name)}
              disabled={position === 1}
              onClick={() => props.onMove(-1)}
            />
            <IconButton
              id={`${idPrefix}-down`}
              icon="arrowDown"
              label={t('meta_moveDown', name)}
              disabled={position === count}
              onClick={() => props.onMove(1)}
            />
            <IconButton
              id={`${idPrefix}-remove`}
              icon="close"
              label={t('meta_removeAuthor', name)}
              onClick={props.onRemove}
            />
          </div>
        </div>
        {draft.kind === 'person' ? (
          <div class="meta-author__names">
            <TextField
              id={`${idPrefix}-given`}
              label={t('meta_personGiven')}
              value={draft.given}
              onInput={(given) => props.onChange({ ...draft, given })}
            />
            <TextField
              id={`${idPrefix}-family`}
              label={t('meta_personFamily')}
              value={draft.family}
              errorElsewhere={errorId}
              onInput={(family) => props.onChange({ ...draft, family })}
            />
          </div>
        ) : (
          <TextField
            id={`${idPrefix}-name`}
            label={t('meta_organisationName')}
            value={draft.name}
            errorElsewhere={errorId}
            onInput={(text) => props.onChange({ ...draft, name: text })}
          />
        )}
        {error && (
          <p id={errorId ?? undefined} class="field__error message--error">
            {error}
          </p>
        )}
      </fieldset>
    </li>
  );
}
