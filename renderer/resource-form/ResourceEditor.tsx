// The resource form (目录编制): one resource's fields in sections, its data-item grid, the findings of the draft
// under each field, and autosave of every committed change with this editing session's 变更说明. Opened by the
// catalog table in a drawer or side panel; it fills its container and scrolls inside itself.
import { CloseOutlined, DeleteOutlined, LoadingOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Popover, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Basis } from '../../core/model/catalog.ts';
import type { ChangeNote } from '../../core/model/change-note.ts';
import type { Finding } from '../../core/rules/types.ts';
import { requiredFields } from '../../core/workbook/export-workbook.ts';
import { vocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';
import { historyKey } from '../shared/history-key.ts';
import { formatSavedTime } from '../shared/save-status.ts';
import { describeError } from '../shared/describe-error.ts';
import { FindingItem } from '../findings/FindingItem.tsx';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { crossRecordOf } from '../services/session/catalog-findings.ts';
import { useSession, useSessionSelector } from '../hooks/use-session.ts';
import { BasisChangedOnPicker } from '../change-note/BasisChangedOnPicker.tsx';
import { BasisListEditor } from './BasisListEditor.tsx';
import { classificationOptions, defaultClassification, departmentTree } from './classification-choice.ts';
import { FieldControl, inputId, type DraftChange, type FormEnvironment } from './FieldControl.tsx';
import { fieldPlace, inFormOrder, placeFindings } from './field-place.ts';
import { FindingsSummary } from './FindingsSummary.tsx';
import { FORM_SECTIONS, isFieldShown, type FormFieldId, type SectionId } from './form-sections.ts';
import { fieldLabel } from './form-labels.ts';
import { GuardedText } from './GuardedText.tsx';
import type { ItemGridHandle } from './ItemGrid.tsx';
import { draftFromResource, newResourceDraft, storedResource, type ResourceDraft } from './resource-draft.ts';
import { useAutosave, type SaveState } from './use-autosave.ts';
import { useLiveFindings } from './use-live-findings.ts';
import './resource-form.css';

export interface ResourceEditorProps {
  /** The resource to edit; undefined starts a new one. */
  resourceId: string | undefined;
  /** A field path inside the resource to bring into view and focus, e.g. items[3].dataType. */
  focusPath?: string;
  /** Called with the id once a new resource has been saved, so the table can select it. */
  onSaved?(resourceId: string): void;
  onClose(): void;
  /** 下一个同类问题 ▸: the section that opened the form can step to the next resource with the same problem. */
  next?: NextFinding;
}

export interface NextFinding {
  /** The rule being followed, e.g. R21. */
  ruleId: string;
  /** Resources with that problem besides this one. */
  remaining: number;
  go(): void;
}

/** The findings of a required field left empty: held back in a new resource's form until the field is visited. */
const REQUIRED_RULES: ReadonlySet<string> = new Set(['R01', 'R20']);

/** Popups whose own Esc comes first: a select's open list, a date picker, a popover or a dialog over the form. */
const POPUP = '.ant-select-dropdown, .ant-picker-dropdown, .ant-popover, .ant-modal, .ant-dropdown';
const popupOpenAt = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.closest(POPUP) !== null || target.closest('[aria-expanded="true"]') !== null);

const isTextTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox'));

export function ResourceEditor({ resourceId, focusPath, onSaved, onClose, next }: ResourceEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { modal, message } = App.useApp();
  const session = useSession();
  const catalog = useSessionSelector((s) => s.catalog);
  const sessionFindings = useSessionSelector((s) => s.findings);
  const profile = session.engine.profile;

  const storedOf = useCallback((id: string) => session.getState().catalog.resources.find((r) => r.id === id), [session]);
  const opened = (id: string | undefined) => {
    const stored = id === undefined ? undefined : storedOf(id);
    if (stored) return draftFromResource(stored);
    const fresh = newResourceDraft(id ?? crypto.randomUUID());
    // Under 类 3 the department's own prefix (its division and 部门编号) is the usual choice: start there.
    const { catalog } = session.getState();
    return { ...fresh, ...defaultClassification(catalog, fresh.id, catalog.department, profile.codeScheme) };
  };
  const [draft, setDraft] = useState<ResourceDraft>(() => opened(resourceId));
  const draftRef = useRef(draft);
  const created = useRef(storedOf(draft.id) !== undefined);
  const [note, setNote] = useState<ChangeNote>(() => ({ reason: storedOf(draft.id) ? t('catalog.form.note.edited') : t('catalog.form.note.created'), basis: [] }));
  const noteRef = useRef(note);
  useEffect(() => {
    noteRef.current = note;
  }, [note]);

  const autosave = useAutosave<ResourceDraft>(async (d) => {
    await session.save(storedResource(d), noteRef.current);
    if (!created.current) {
      created.current = true;
      onSaved?.(d.id);
    }
  });

  const replaceDraft = (next: ResourceDraft) => {
    draftRef.current = next;
    setDraft(next);
  };
  const { schedule } = autosave;
  const change: DraftChange = useCallback(
    (edit) => {
      const next = edit(draftRef.current);
      if (next === draftRef.current) return;
      draftRef.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  // Another resource asked for (the table's selection moved): keep what was typed, then open it. The id of a
  // resource this form has just created coming back from the table is not another resource.
  const shownId = useRef(resourceId);
  useEffect(() => {
    if (resourceId === shownId.current) return;
    shownId.current = resourceId;
    if (resourceId !== undefined && resourceId === draftRef.current.id) return;
    void autosave.flush();
    const next = opened(resourceId);
    created.current = storedOf(next.id) !== undefined;
    replaceDraft(next);
  });

  // Composition anywhere in the form holds the findings back until it ends.
  const composing = useRef(false);
  const live = useLiveFindings(session.engine, draft, composing);
  // Shown from the session, which has the resource once its first save committed.
  const stored = catalog.resources.some((r) => r.id === draft.id);
  const findings = useMemo(() => inFormOrder([...live, ...crossRecordOf(sessionFindings, draft.id)]), [live, sessionFindings, draft.id]);
  const placed = useMemo(() => placeFindings(findings), [findings]);
  // A new resource's form does not open on a wall of "缺少必填项": a missing required field says so once the clerk
  // has been to the field, or asks for the findings (the summary above counts them all the while).
  const [quiet, setQuiet] = useState(() => storedOf(draft.id) === undefined);
  const [touched, setTouched] = useState<ReadonlySet<FormFieldId>>(() => new Set());
  const shownAt = (field: FormFieldId) => {
    const list = placed.byField.get(field);
    return quiet && !touched.has(field) ? list?.filter((f) => !REQUIRED_RULES.has(f.ruleId)) : list;
  };

  const gridRef = useRef<ItemGridHandle>(null);
  const body = useRef<HTMLDivElement>(null);
  const env: FormEnvironment = {
    profile,
    lang,
    ctx: session.ctx,
    labels: useMemo(() => vocabularyLabels(profile), [profile]),
    catalog: catalog,
    required: useMemo(() => requiredFields(profile), [profile]),
    classificationOptions: useMemo(
      () => classificationOptions(departmentTree(profile.classification, catalog.department, profile.codeScheme), lang),
      [profile, catalog.department, lang],
    ),
    itemFindings: placed.byRow,
  };

  /** Brings a field (or an entry of it, or a grid cell) into view and focuses it. */
  const reveal = useCallback((path: string) => {
    const place = fieldPlace(path);
    if (!place) return;
    if (place.cell) {
      document.getElementById(`rf-field-items`)?.scrollIntoView({ block: 'start' });
      gridRef.current?.focusCell(place.cell.row, place.cell.column);
      return;
    }
    const frame = document.getElementById(`rf-field-${place.field}`);
    const entry = place.entry === undefined ? null : document.getElementById(`rf-${place.field}-${place.entry}`);
    const target = entry ?? frame;
    target?.scrollIntoView({ block: 'center' });
    const focusable = target?.querySelector<HTMLElement>('input:not([disabled]), textarea, [tabindex="-1"]') ?? target;
    focusable?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (focusPath) reveal(focusPath);
  }, [focusPath, reveal]);

  const revert = async (kind: 'undo' | 'redo') => {
    await autosave.flush();
    autosave.discard();
    const outcome = await (kind === 'undo' ? session.undo() : session.redo());
    if (!outcome) {
      message.info(t(`catalog.${kind}.nothing`));
      return;
    }
    const id = draftRef.current.id;
    const stored = storedOf(id);
    created.current = stored !== undefined;
    replaceDraft(stored ? draftFromResource(stored) : opened(id));
    message.success(outcome.reverted.some((r) => r.resourceId === id) ? t(`catalog.form.${kind}.done`) : t(`catalog.form.${kind}.other`));
  };

  const close = async () => {
    await autosave.flush();
    onClose();
  };

  const remove = () => {
    let reason = '';
    modal.confirm({
      title: t('catalog.form.delete.title', { name: draft.name || draft.code || t('catalog.form.untitled') }),
      content: (
        <Flex vertical gap="small">
          <Typography.Text>{t('catalog.form.delete.body')}</Typography.Text>
          <Input.TextArea aria-label={t('catalog.form.delete.reason')} placeholder={t('catalog.form.delete.reason')} autoSize={{ minRows: 2 }} onChange={(e) => (reason = e.target.value)} />
        </Flex>
      ),
      okText: t('catalog.form.delete.ok'),
      okButtonProps: { danger: true },
      cancelText: t('catalog.form.cancel'),
      onOk: async () => {
        await autosave.flush();
        autosave.discard();
        try {
          await session.remove(draftRef.current.id, { reason: reason.trim(), basis: [] });
          onClose();
        } catch (error) {
          message.error(describeError(error, lang));
          throw error;
        }
      },
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // An open list or popup (or the grid cancelling a cell's edit) takes this Esc, not the drawer around the form:
    // the next one closes that.
    if (e.key === 'Escape' && (e.defaultPrevented || popupOpenAt(e.target))) {
      e.stopPropagation();
      return;
    }
    const kind = historyKey(e);
    if (kind && !isTextTarget(e.target)) {
      e.preventDefault();
      void revert(kind);
    }
  };

  const scrollToSection = (id: SectionId) => body.current?.querySelector(`#rf-section-${id}`)?.scrollIntoView({ block: 'start' });

  return (
    <div
      className="resource-editor"
      // Focusable, so a click on a blank part of the form keeps the keyboard (Ctrl+Z, Ctrl+Y) in it.
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={() => (composing.current = false)}
      onBlur={(e) => {
        // Focus leaving the form (not moving inside it) saves at once.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void autosave.flush();
      }}
    >
      <div className="rf-header">
        <Flex align="center" gap="small">
          <Typography.Title level={5} className="rf-title" ellipsis>
            {draft.name?.trim() || (stored ? t('catalog.form.untitled') : t('catalog.form.newResource'))}
          </Typography.Title>
          <SaveIndicator state={autosave.state} />
          <Tooltip title={t('catalog.form.undo.tooltip')}>
            <Button size="small" icon={<UndoOutlined />} onClick={() => void revert('undo')}>
              {t('catalog.form.undo.button')}
            </Button>
          </Tooltip>
          <Tooltip title={t('catalog.form.redo.tooltip')}>
            <Button size="small" icon={<RedoOutlined />} onClick={() => void revert('redo')}>
              {t('catalog.form.redo.button')}
            </Button>
          </Tooltip>
          {stored && (
            <Button size="small" danger icon={<DeleteOutlined />} onClick={remove}>
              {t('catalog.form.delete.button')}
            </Button>
          )}
          {next && (
            <Tooltip title={t('catalog.form.next.tooltip', { rule: next.ruleId })}>
              <Button size="small" type="primary" ghost disabled={next.remaining === 0} onClick={() => void autosave.flush().then(next.go)}>
                {t('catalog.form.next.button', { count: next.remaining })}
              </Button>
            </Tooltip>
          )}
          <Button size="small" type="text" aria-label={t('catalog.form.close')} icon={<CloseOutlined />} onClick={() => void close()} />
        </Flex>
        <Flex align="center" gap="small" className="rf-note">
          <label htmlFor="rf-note-reason" className="rf-note-label">
            {t('catalog.form.note.label')}
          </label>
          <GuardedText id="rf-note-reason" value={note.reason} placeholder={t('catalog.form.note.placeholder')} onCommit={(reason) => setNote((n) => ({ ...n, reason }))} />
          <Popover
            trigger="click"
            placement="bottomRight"
            title={t('catalog.form.note.basisTitle')}
            content={
              <Flex vertical gap="small" className="rf-note-basis">
                <BasisListEditor idPrefix="rf-note-basis" value={note.basis} onChange={(basis: Basis[]) => setNote((n) => ({ ...n, basis }))} ctx={session.ctx} profile={profile} />
                <Flex align="center" gap="small" wrap>
                  <label htmlFor="rf-note-basis-changed-on">{t('catalog.note.basisChangedOn')}</label>
                  <BasisChangedOnPicker
                    id="rf-note-basis-changed-on"
                    value={note.basisChangedOn}
                    onChange={(day) => setNote(({ basisChangedOn: _, ...n }) => (day ? { ...n, basisChangedOn: day } : n))}
                  />
                </Flex>
                <Typography.Text type="secondary">{t('catalog.note.basisChangedOnHelp')}</Typography.Text>
              </Flex>
            }
          >
            <Button size="small">{t('catalog.form.note.basis', { count: note.basis.length })}</Button>
          </Popover>
        </Flex>
        <FindingsSummary
          findings={findings}
          onLocate={(f) => {
            setQuiet(false);
            reveal(f.path);
          }}
        />
        <Flex gap={2} wrap className="rf-nav">
          {FORM_SECTIONS.map((s) => (
            <Button key={s.id} size="small" type="link" onClick={() => scrollToSection(s.id)}>
              {t(`catalog.form.section.${s.id}`)}
            </Button>
          ))}
        </Flex>
      </div>
      <div className="rf-body" ref={body}>
        {FORM_SECTIONS.map((section) => (
          <section key={section.id} id={`rf-section-${section.id}`} className="rf-section">
            <Typography.Title level={5} className="rf-section-title">
              {t(`catalog.form.section.${section.id}`)}
            </Typography.Title>
            <div className="rf-grid">
              {section.fields
                .filter((spec) => isFieldShown(spec, draft))
                .map((spec) => (
                  <FieldFrame
                    key={spec.field}
                    field={spec.field}
                    wide={spec.wide}
                    label={labelOf(spec.field, draft, t, lang)}
                    required={env.required.has(spec.field)}
                    findings={shownAt(spec.field)}
                    onLocate={reveal}
                    onLeave={() => quiet && !touched.has(spec.field) && setTouched((was) => new Set(was).add(spec.field))}
                  >
                    <FieldControl spec={spec} draft={draft} change={change} env={env} gridRef={gridRef} />
                  </FieldFrame>
                ))}
            </div>
          </section>
        ))}
        {placed.elsewhere.length > 0 && (
          <section className="rf-section">
            <Typography.Title level={5} className="rf-section-title">
              {t('catalog.form.elsewhere')}
            </Typography.Title>
            <Flex vertical gap="small">
              {placed.elsewhere.map((f, i) => (
                <FindingItem key={`${f.ruleId}-${i}`} finding={f} />
              ))}
            </Flex>
          </section>
        )}
      </div>
    </div>
  );
}

/** 共享条件 reads 不予共享理由 when the resource is not shared (the same field holds either, R04). */
function labelOf(field: FormFieldId, draft: ResourceDraft, t: TFunction, lang: 'zh' | 'en'): string {
  if (field === 'shareCondition' && draft.shareType === 'none') return t('catalog.form.notSharedReason');
  if (field === 'shareCondition' && draft.shareType === 'conditional') return t('catalog.form.shareConditions');
  return fieldLabel(field, lang);
}

function FieldFrame({
  field,
  label,
  required,
  wide,
  findings,
  onLocate,
  onLeave,
  children,
}: {
  field: FormFieldId;
  label: string;
  required: boolean;
  wide?: boolean;
  findings: readonly Finding[] | undefined;
  onLocate(path: string): void;
  /** Focus left the field (it counts as visited). */
  onLeave(): void;
  children: React.ReactNode;
}) {
  return (
    <div
      id={`rf-field-${field}`}
      data-field={field}
      className={`rf-field${wide ? ' rf-field-wide' : ''}`}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave();
      }}
    >
      {/* The grid has its own column headers under the section's title. */}
      {field !== 'items' && (
        <label htmlFor={inputId(field)} className="rf-label">
          {required && <span className="required-mark">*</span>}
          {label}
        </label>
      )}
      {children}
      {findings && findings.length > 0 && (
        <Flex vertical gap="small" className="field-findings">
          {findings.map((f, i) => (
            <FindingItem key={`${f.ruleId}-${f.path}-${i}`} finding={f} onLocate={f.path.includes('[') ? () => onLocate(f.path) : undefined} />
          ))}
        </Flex>
      )}
    </div>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  switch (state.status) {
    case 'idle':
      return <Typography.Text type="secondary" className="rf-save">{t('catalog.form.save.auto')}</Typography.Text>;
    case 'pending':
    case 'saving':
      return (
        <Typography.Text type="secondary" className="rf-save" role="status">
          <LoadingOutlined /> {t('catalog.form.save.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="secondary" className="rf-save" role="status">
          {t('catalog.form.save.saved', { time: formatSavedTime(state.at) })}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Typography.Text type="danger" className="rf-save" role="alert">
          {t('catalog.form.save.failed', { message: describeError(state.error, coreLang(asUiLanguage(i18n.language))) })}
        </Typography.Text>
      );
  }
}
