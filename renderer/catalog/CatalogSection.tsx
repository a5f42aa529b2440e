// 目录编制: the list of the workspace's resources (virtual table, filters, search by name, code or pinyin
// initials), bulk edit and delete of the checked rows, undo and redo, and the resource form in a side drawer — for a new
// resource, a clicked row, or a finding another section jumps to.
import { DeleteOutlined, EditOutlined, PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Tooltip, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { historyKey } from '../shared/history-key.ts';
import { useNavigation } from '../ui/navigation.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { EditorDrawer, type EditorRequest } from '../resource-form/EditorDrawer.tsx';
import { useSession, useSessionSelector } from '../hooks/use-session.ts';
import { BulkEditDialog } from './BulkEditDialog.tsx';
import { CatalogEmpty } from './CatalogEmpty.tsx';
import { CatalogFilters } from './CatalogFilters.tsx';
import type { TableRef } from 'antd/es/table';
import { CatalogTable } from './CatalogTable.tsx';
import { filterRows, isFiltering, resourcesByRule, type CatalogFilter } from './catalog-filter.ts';
import { catalogRows } from './catalog-rows.ts';
import { DeleteDialog } from './DeleteDialog.tsx';
import { warmSearchKeys } from './search-keys.ts';
import { useElementSize } from './use-element-size.ts';
import './catalog.css';

export function CatalogSection() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const catalog = useSessionSelector((s) => s.catalog);
  const findings = useSessionSelector((s) => s.findings);
  // While the catalog is still being read the list shows what has arrived; edits made meanwhile are saved once it is
  // whole (the session runs them after the read), and a new resource waits for it (its code follows every code in use).
  const loading = useSessionSelector((s) => s.phase === 'loading');
  const read = useSessionSelector((s) => s.loaded.read);
  const total = useSessionSelector((s) => s.loaded.total);
  const canUndo = useSessionSelector((s) => s.workspace.undo.length > 0);
  // A bulk edit or deletion is one step: the button says how many resources it takes back.
  const undoBatch = useSessionSelector((s) => {
    const last = s.workspace.undo.at(-1);
    return last && 'batch' in last ? last.batch.length : 0;
  });
  const canRedo = useSessionSelector((s) => (s.workspace.redo?.length ?? 0) > 0);
  const { target, clearTarget } = useNavigation();

  const [filter, setFilter] = useState<CatalogFilter>({});
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [editor, setEditor] = useState<EditorRequest>();
  const [currentId, setCurrentId] = useState<string>();
  const [dialog, setDialog] = useState<'edit' | 'delete'>();
  const [reverting, setReverting] = useState<'undo' | 'redo'>();

  const rows = useMemo(() => catalogRows(catalog, findings), [catalog, findings]);
  const fullFilter = useMemo(() => ({ ...filter, query: deferredQuery }), [filter, deferredQuery]);
  // Which rules name which resources: worked out only once the clerk asks for the rule filter.
  const [rulesWanted, setRulesWanted] = useState(false);
  const byRule = useMemo(() => (rulesWanted || filter.rule ? resourcesByRule(findings) : undefined), [rulesWanted, filter.rule, findings]);
  const shown = useMemo(() => filterRows(rows, fullFilter, byRule), [rows, fullFilter, byRule]);
  // Only checked rows the filters let through count: what is acted on is what is seen.
  const shownIds = useMemo(() => new Set(shown.map((r) => r.id)), [shown]);
  const selectedShown = useMemo(() => selected.filter((id) => shownIds.has(id)), [selected, shownIds]);
  const selectedResources = useMemo(() => {
    const ids = new Set(selectedShown);
    return catalog.resources.filter((r) => ids.has(r.id));
  }, [catalog, selectedShown]);

  // Search keys (pinyin initials) are computed once the whole catalog is there (beside the check, so a first search
  // does not pay for them), not for each part shown while it is read.
  useEffect(() => {
    if (loading) return;
    const stop = new AbortController();
    void warmSearchKeys(catalog.resources, stop.signal);
    return () => stop.abort();
  }, [catalog.resources, loading]);

  // A finding elsewhere (校验, the import report) asked for this resource at a field.
  useEffect(() => {
    if (!target) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a jump is an event from another section, taken once and cleared, not state to derive
    setEditor({ resourceId: target.resourceId, focusPath: target.path, opening: Date.now() });
    setCurrentId(target.resourceId);
    clearTarget();
  }, [target, clearTarget]);

  const tableBox = useRef<HTMLDivElement>(null);
  const tableSize = useElementSize(tableBox);
  const table = useRef<TableRef>(null);
  // A new filter or search shows its first results: the old scroll position would hide them.
  useEffect(() => {
    table.current?.scrollTo({ top: 0 });
  }, [fullFilter]);
  const reveal = (id: string) => {
    setCurrentId(id);
    requestAnimationFrame(() => table.current?.scrollTo({ key: id }));
  };

  const language = coreLang(asUiLanguage(i18n.language));
  const filtering = isFiltering(fullFilter);
  const clearFilters = () => {
    setFilter({});
    setQuery('');
  };

  // Presses in a row each count (the session runs them in order): none is dropped while the one before finishes.
  const revert = async (kind: 'undo' | 'redo') => {
    setReverting(kind);
    try {
      const outcome = await (kind === 'undo' ? session.undo() : session.redo());
      const [only, ...more] = outcome?.reverted ?? [];
      if (!only) message.info(t(`catalog.${kind}.nothing`));
      else if (more.length > 0) message.success(t(`catalog.${kind}.doneMany`, { count: more.length + 1 }));
      else if (only.resource) {
        message.success(t(`catalog.${kind}.done`, { name: only.resource.name || only.resource.code || '' }));
        reveal(only.resourceId);
      } else message.success(t(kind === 'undo' ? 'catalog.undo.doneCreated' : 'catalog.redo.doneRemoved'));
    } catch (error) {
      message.error(t(`catalog.${kind}.failed`, { message: describeError(error, language) }));
    } finally {
      setReverting(undefined);
    }
  };

  // Ctrl+Z / Ctrl+Y on the list; the form in the drawer handles its own (and marks the event handled).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const kind = historyKey(e);
    if (!kind || e.defaultPrevented || editor || dialog || (e.target instanceof HTMLElement && e.target.closest('input, textarea'))) return;
    e.preventDefault();
    void revert(kind);
  };

  const finished = (action: 'edit' | 'delete') => (count: number) => {
    message.success(t(action === 'edit' ? 'catalog.bulkEdit.done' : 'catalog.delete.done', { count }));
    setSelected([]);
  };

  const openEditor = (resourceId: string | undefined) => {
    setEditor({ resourceId, opening: Date.now() });
    if (resourceId) setCurrentId(resourceId);
  };

  const empty = catalog.resources.length === 0;
  return (
    <Flex vertical gap="small" className="catalog-section" tabIndex={-1} onKeyDown={onKeyDown}>
      {!empty && <CatalogFilters filter={filter} onChange={setFilter} query={query} onQuery={setQuery} filtering={filtering} onClear={clearFilters} byRule={byRule} onRulesWanted={() => setRulesWanted(true)} />}
      <Flex align="center" justify="space-between" gap="small" wrap>
        <Typography.Text className="catalog-counts" role={loading ? 'status' : undefined}>
          {loading ? t('app.loadingCatalog', { read, total }) : t('catalog.counts', { total: rows.length, shown: shown.length, selected: selectedShown.length })}
        </Typography.Text>
        <Flex gap="small" wrap>
          <Button type="primary" icon={<PlusOutlined />} disabled={loading} onClick={() => openEditor(undefined)}>
            {t('catalog.actions.create')}
          </Button>
          <Button icon={<EditOutlined />} disabled={selectedShown.length === 0} onClick={() => setDialog('edit')}>
            {t('catalog.actions.bulkEdit')}
          </Button>
          <Button danger icon={<DeleteOutlined />} disabled={selectedShown.length === 0} onClick={() => setDialog('delete')}>
            {t('catalog.actions.delete')}
          </Button>
          <Tooltip title={t('catalog.form.undo.tooltip')}>
            <Button icon={<UndoOutlined />} loading={reverting === 'undo'} disabled={!canUndo} onClick={() => void revert('undo')}>
              {undoBatch > 0 ? t('catalog.actions.undoBatch', { count: undoBatch }) : t('catalog.actions.undo')}
            </Button>
          </Tooltip>
          <Tooltip title={t('catalog.form.redo.tooltip')}>
            <Button icon={<RedoOutlined />} loading={reverting === 'redo'} disabled={!canRedo} onClick={() => void revert('redo')}>
              {t('catalog.actions.redo')}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
      <div ref={tableBox} className="catalog-table-box">
        {empty ? (
          <CatalogEmpty onCreate={() => openEditor(undefined)} />
        ) : (
          tableSize.height > 0 && (
            <CatalogTable
              ref={table}
              rows={shown}
              width={tableSize.width}
              height={tableSize.height}
              selectedIds={selectedShown}
              onSelect={setSelected}
              currentId={currentId}
              onOpen={openEditor}
              emptyText={
                <Empty description={t('catalog.noMatch')}>
                  <Button onClick={clearFilters}>{t('catalog.filters.clear')}</Button>
                </Empty>
              }
            />
          )
        )}
      </div>
      <EditorDrawer
        request={editor}
        onSaved={(id) => {
          setEditor((open) => open && { ...open, savedId: id });
          reveal(id);
        }}
        onClose={() => setEditor(undefined)}
      />
      {dialog === 'edit' && <BulkEditDialog resources={selectedResources} onFinished={finished('edit')} onClose={() => setDialog(undefined)} />}
      {dialog === 'delete' && <DeleteDialog resources={selectedResources} onFinished={finished('delete')} onClose={() => setDialog(undefined)} />}
    </Flex>
  );
}
