// 目录编制: the list of the workspace's resources (virtual table, filters, search by name, code or pinyin
// initials), bulk edit and delete of the checked rows, undo, and the resource form in a side drawer — for a new
// resource, a clicked row, or a finding another section jumps to.
import { DeleteOutlined, EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Empty, Flex, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../ui/navigation.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { ResourceEditor } from '../resource-form/ResourceEditor.tsx';
import { useSession, useSessionState } from '../hooks/use-session.ts';
import { BulkEditDialog } from './BulkEditDialog.tsx';
import { CatalogEmpty } from './CatalogEmpty.tsx';
import { CatalogFilters } from './CatalogFilters.tsx';
import type { TableRef } from 'antd/es/table';
import { CatalogTable } from './CatalogTable.tsx';
import { filterRows, isFiltering, type CatalogFilter } from './catalog-filter.ts';
import { catalogRows } from './catalog-rows.ts';
import { DeleteDialog } from './DeleteDialog.tsx';
import type { RunEachResult } from './run-each.ts';
import { warmSearchKeys } from './search-keys.ts';
import { useElementSize } from './use-element-size.ts';
import './catalog.css';

interface EditorState {
  /** undefined: a new resource. */
  resourceId: string | undefined;
  focusPath?: string;
  /** A new resource once it has been saved (the form keeps going on it; the props stay as they were). */
  savedId?: string;
  /** Each opening is a fresh form. */
  opening: number;
}

export function CatalogSection() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const { catalog, findings, workspace } = useSessionState();
  const { target, clearTarget } = useNavigation();

  const [filter, setFilter] = useState<CatalogFilter>({});
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [editor, setEditor] = useState<EditorState>();
  const [currentId, setCurrentId] = useState<string>();
  const [dialog, setDialog] = useState<'edit' | 'delete'>();
  const [undoing, setUndoing] = useState(false);

  const rows = useMemo(() => catalogRows(catalog, findings), [catalog, findings]);
  const fullFilter = useMemo(() => ({ ...filter, query: deferredQuery }), [filter, deferredQuery]);
  const shown = useMemo(() => filterRows(rows, fullFilter), [rows, fullFilter]);
  // Only checked rows the filters let through count: what is acted on is what is seen.
  const shownIds = useMemo(() => new Set(shown.map((r) => r.id)), [shown]);
  const selectedShown = useMemo(() => selected.filter((id) => shownIds.has(id)), [selected, shownIds]);
  const selectedResources = useMemo(() => {
    const ids = new Set(selectedShown);
    return catalog.resources.filter((r) => ids.has(r.id));
  }, [catalog, selectedShown]);

  // Search keys (pinyin initials) are computed after the list is on screen, not before.
  useEffect(() => {
    const stop = new AbortController();
    void warmSearchKeys(catalog.resources, stop.signal);
    return () => stop.abort();
  }, [catalog.resources]);

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

  const undo = async () => {
    setUndoing(true);
    try {
      const outcome = await session.undo();
      if (!outcome) message.info(t('catalog.undo.nothing'));
      else {
        const name = outcome.resource?.name || outcome.resource?.code || '';
        message.success(outcome.resource ? t('catalog.undo.done', { name }) : t('catalog.undo.doneCreated'));
        if (outcome.resource) reveal(outcome.resourceId);
      }
    } catch (error) {
      message.error(t('catalog.undo.failed', { message: describeError(error, language) }));
    } finally {
      setUndoing(false);
    }
  };

  const finished = (action: 'edit' | 'delete') => (result: RunEachResult) => {
    if (result.done > 0) message.success(t(action === 'edit' ? 'catalog.bulkEdit.done' : 'catalog.delete.done', { count: result.done }));
    if (result.cancelled) message.info(t('catalog.bulk.cancelled', { done: result.done }));
    if (action === 'delete' || result.error === undefined) setSelected([]);
  };

  const openEditor = (resourceId: string | undefined) => {
    setEditor({ resourceId, opening: Date.now() });
    if (resourceId) setCurrentId(resourceId);
  };

  const empty = catalog.resources.length === 0;
  return (
    <Flex vertical gap="small" className="catalog-section">
      {!empty && <CatalogFilters filter={filter} onChange={setFilter} query={query} onQuery={setQuery} filtering={filtering} onClear={clearFilters} />}
      <Flex align="center" justify="space-between" gap="small" wrap>
        <Typography.Text className="catalog-counts">
          {t('catalog.counts', { total: rows.length, shown: shown.length, selected: selectedShown.length })}
        </Typography.Text>
        <Flex gap="small" wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(undefined)}>
            {t('catalog.actions.create')}
          </Button>
          <Button icon={<EditOutlined />} disabled={selectedShown.length === 0} onClick={() => setDialog('edit')}>
            {t('catalog.actions.bulkEdit')}
          </Button>
          <Button danger icon={<DeleteOutlined />} disabled={selectedShown.length === 0} onClick={() => setDialog('delete')}>
            {t('catalog.actions.delete')}
          </Button>
          <Button icon={<UndoOutlined />} loading={undoing} disabled={workspace.undo.length === 0} onClick={() => void undo()}>
            {t('catalog.actions.undo')}
          </Button>
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
      <Drawer
        open={editor !== undefined}
        size={800}
        title={editor?.resourceId ?? editor?.savedId ? t('catalog.editor.edit') : t('catalog.editor.create')}
        // The form's own header has the close button (and Esc closes): one × only.
        closable={false}
        onClose={() => setEditor(undefined)}
        destroyOnHidden
      >
        {editor && (
          <ResourceEditor
            key={editor.opening}
            resourceId={editor.resourceId}
            focusPath={editor.focusPath}
            onSaved={(id) => {
              setEditor((open) => open && { ...open, savedId: id });
              reveal(id);
            }}
            onClose={() => setEditor(undefined)}
          />
        )}
      </Drawer>
      {dialog === 'edit' && <BulkEditDialog resources={selectedResources} onFinished={finished('edit')} onClose={() => setDialog(undefined)} />}
      {dialog === 'delete' && <DeleteDialog resources={selectedResources} onFinished={finished('delete')} onClose={() => setDialog(undefined)} />}
    </Flex>
  );
}
