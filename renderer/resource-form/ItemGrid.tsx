// The data-item grid, keyboard-first like a spreadsheet: the focused cell holds a real input (so an input method
// composes in place), Tab/Shift+Tab/Enter/arrows move as grid-keyboard.ts says, Delete clears, and rows copied
// from Excel or WPS paste from the focused cell, adding rows as needed. Rows are plain text except the focused
// cell and render only when their item changes, so a resource with hundreds of items stays quick.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Typography } from 'antd';
import { memo, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataItem } from '../../core/model/catalog.ts';
import type { Finding } from '../../core/rules/types.ts';
import type { CellProblem } from '../../core/workbook/cell-codec.ts';
import type { VocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';
import { FindingItem } from '../findings/FindingItem.tsx';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { isMultiCellText, parseClipboardRows } from './clipboard-tsv.ts';
import { fieldPlace } from './field-place.ts';
import { gridKeyAction, type GridCursor, type GridMode } from './grid-keyboard.ts';
import { cellChoices, cellText, GRID_COLUMNS, readCellText, withCell } from './item-columns.ts';
import { pasteIntoItems, type PasteProblem } from './paste-items.ts';
import { blankItem, isBlankItem } from './resource-draft.ts';

export interface ItemGridHandle {
  /** Focuses a cell (column -1: the row's first cell). */
  focusCell(row: number, column: number): void;
}

export interface ItemGridProps {
  items: readonly DataItem[];
  onChange(items: DataItem[]): void;
  labels: VocabularyLabels;
  findingsByRow: ReadonlyMap<number, readonly Finding[]>;
  /** Item columns the profile requires ('items.name' …), marked in the header. */
  required: ReadonlySet<string>;
  ref?: Ref<ItemGridHandle>;
}

/** Template widths are Excel character widths; headers are Chinese, so a column is never narrower than four characters. */
/** The item's name stays beside the row number while the grid scrolls sideways to 共享类型, 开放类型, 主键, 敏感. */
const FROZEN_FIELD = 'name';

const columnPx = (width: number) => Math.max(76, width * 9);
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const MAX_LISTED_PROBLEMS = 8;

/** Items with `row` written (rows up to it added as blank ones). */
function written(items: readonly DataItem[], row: number, write: (item: DataItem) => DataItem): DataItem[] {
  const next = items.slice();
  while (next.length <= row) next.push(blankItem());
  next[row] = write(next[row]!);
  return next;
}

export function ItemGrid({ items, onChange, labels, findingsByRow, required, ref }: ItemGridProps) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const [cursor, setCursor] = useState<GridCursor>();
  const [mode, setMode] = useState<GridMode>('select');
  const [editText, setEditText] = useState('');
  const [problem, setProblem] = useState<CellProblem>();
  const [pasted, setPasted] = useState<{ rows: number; problems: PasteProblem[]; dropped: number }>();
  const input = useRef<HTMLInputElement>(null);
  const wantFocus = useRef(false);
  const rowCount = Math.max(1, items.length);

  const textAt = (list: readonly DataItem[], c: GridCursor) => cellText(GRID_COLUMNS[c.column]!, list[c.row] ?? blankItem(), labels);

  const activate = (to: GridCursor, list: readonly DataItem[] = items, nextMode: GridMode = 'select') => {
    wantFocus.current = true;
    setCursor(to);
    setMode(nextMode);
    setEditText(textAt(list, to));
    setProblem(undefined);
  };

  useImperativeHandle(ref, () => ({ focusCell: (row, column) => activate({ row, column: Math.max(0, column) }) }));

  // Focus follows the cursor; a selected cell has its text selected, so typing replaces it as in a spreadsheet.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || !wantFocus.current) return;
    wantFocus.current = false;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (mode === 'select') el.select();
  });

  // The list of choices is placed under the cell in the window, so the grid's scrolling box does not clip it.
  const [popupAt, setPopupAt] = useState<{ top: number; left: number; minWidth: number }>();
  useLayoutEffect(() => {
    const place = () => {
      const rect = input.current?.getBoundingClientRect();
      setPopupAt((before) => (rect && (before?.top !== rect.bottom || before.left !== rect.left) ? { top: rect.bottom, left: rect.left, minWidth: rect.width } : before));
    };
    place();
    window.addEventListener('scroll', place, true);
    return () => window.removeEventListener('scroll', place, true);
  }, [cursor, mode, problem]);

  // The item changed under a selected cell (paste, undo): show what is there now.
  const current = cursor ? textAt(items, cursor) : '';
  const [shown, setShown] = useState(current);
  if (current !== shown) {
    setShown(current);
    if (mode === 'select') setEditText(current);
  }

  /** The items with the edited cell committed, or undefined when its text is not a value of the column. */
  const committed = (): readonly DataItem[] | undefined => {
    if (!cursor || editText === textAt(items, cursor)) return items;
    const column = GRID_COLUMNS[cursor.column]!;
    const read = readCellText(column, editText, labels);
    if (!read.ok) {
      setProblem(read.problem);
      setMode('edit');
      return undefined;
    }
    if (read.value === undefined && cursor.row >= items.length) return items;
    return written(items, cursor.row, (item) => withCell(item, column.field, read.value));
  };
  const publish = (list: readonly DataItem[]) => {
    if (list !== items) onChange(list.slice());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter and arrows belong to the input method while it composes.
    if (!cursor || e.nativeEvent.isComposing || e.key === 'Process') return;
    const column = GRID_COLUMNS[cursor.column]!;
    if (e.altKey && e.key === 'ArrowDown') {
      // As in a spreadsheet's drop-down cell: show the choices.
      e.preventDefault();
      setMode('edit');
      return;
    }
    const action = gridKeyAction(
      { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey },
      cursor,
      mode,
      { rows: rowCount, columns: GRID_COLUMNS.length, lastRowBlank: isBlankItem(items[rowCount - 1] ?? blankItem()) && !(cursor.row === rowCount - 1 && editText.trim() !== '') },
      column.spec.kind === 'boolean',
    );
    if (!action) {
      if (e.key === 'Tab') {
        // Leaving the grid: keep what was typed.
        const list = committed();
        if (list) publish(list);
        else e.preventDefault();
      }
      return;
    }
    e.preventDefault();
    switch (action.kind) {
      case 'move': {
        const list = committed();
        if (!list) return;
        const next = action.addRow ? [...written(list, rowCount - 1, (item) => item), blankItem()] : list;
        publish(next);
        activate(action.to, next);
        return;
      }
      case 'clear':
        if (cursor.row < items.length) publish(written(items, cursor.row, (item) => withCell(item, column.field, undefined)));
        setEditText('');
        return;
      case 'edit':
        setMode('edit');
        input.current?.setSelectionRange(editText.length, editText.length);
        return;
      case 'cancel':
        setEditText(textAt(items, cursor));
        setMode('select');
        setProblem(undefined);
        input.current?.select();
        return;
      case 'toggle': {
        const value = items[cursor.row]?.[column.field];
        publish(written(items, cursor.row, (item) => withCell(item, column.field, value !== true)));
        return;
      }
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!cursor || !isMultiCellText(text)) return;
    e.preventDefault();
    const result = pasteIntoItems(items, parseClipboardRows(text), cursor, labels);
    publish(result.items);
    setPasted({ rows: result.last - result.first + 1, problems: result.problems, dropped: result.droppedColumns });
    setMode('select');
    setProblem(undefined);
  };

  const commitOnBlur = () => {
    const list = committed();
    if (list) {
      publish(list);
      setMode('select');
    }
  };

  const pick = (label: string) => {
    if (!cursor) return;
    const column = GRID_COLUMNS[cursor.column]!;
    const read = readCellText(column, label, labels);
    if (!read.ok) return;
    publish(written(items, cursor.row, (item) => withCell(item, column.field, read.value)));
    setEditText(label);
    setMode('select');
    setProblem(undefined);
  };

  const cellAt = (e: MouseEvent<HTMLElement>): GridCursor | undefined => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-column]');
    if (!cell) return undefined;
    return { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
  };

  const problemText = (p: { problem: CellProblem['problem']; params: CellProblem['params'] }) =>
    t(`catalog.form.grid.problem.${p.problem}`, { value: String(p.params.value ?? ''), allowed: String(p.params.allowed ?? '') });

  const activeColumn = cursor ? GRID_COLUMNS[cursor.column]! : undefined;
  const choices = activeColumn && mode === 'edit' ? cellChoices(activeColumn, editText === current ? '' : editText, labels) : [];
  const editor = cursor && (
    <>
      <input
        ref={input}
        className={`grid-input${problem ? ' grid-input-invalid' : ''}`}
        aria-label={t('catalog.form.grid.cellLabel', { row: cursor.row + 1, column: activeColumn!.spec.header[lang] })}
        value={editText}
        onChange={(e) => {
          setEditText(e.target.value);
          setMode('edit');
        }}
        onCompositionStart={() => setMode('edit')}
        onMouseDown={() => setMode('edit')}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={commitOnBlur}
      />
      {(problem || choices.length > 0) && (
        <div className="grid-popup" style={popupAt} onMouseDown={(e) => e.preventDefault()}>
          {problem && <div className="grid-problem">{problemText(problem)}</div>}
          {choices.map((label) => (
            <div key={label} className="grid-choice" onClick={() => pick(label)}>
              {label}
            </div>
          ))}
        </div>
      )}
    </>
  );

  const template = `48px ${GRID_COLUMNS.map((c) => `${columnPx(c.spec.width)}px`).join(' ')}`;
  const rowsWithFindings = useMemo(() => [...findingsByRow.keys()].sort((a, b) => a - b), [findingsByRow]);
  const activeFindings = cursor ? (findingsByRow.get(cursor.row) ?? []) : [];
  const shownItems = items.length ? items : [blankItem()];

  return (
    <Flex vertical gap="small" className="item-grid-wrap">
      <Flex gap="small" align="center" wrap>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => {
            const at = cursor ? cursor.row + 1 : rowCount;
            const next = [...items];
            next.splice(Math.min(at, next.length), 0, blankItem());
            publish(next);
            activate({ row: at, column: 0 }, next);
          }}
        >
          {t('catalog.form.grid.insertRow')}
        </Button>
        <Popconfirm
          title={t('catalog.form.grid.deleteRowConfirm', { row: (cursor?.row ?? 0) + 1 })}
          okText={t('catalog.form.remove')}
          cancelText={t('catalog.form.cancel')}
          disabled={!cursor || cursor.row >= items.length}
          onConfirm={() => {
            if (!cursor) return;
            publish(items.filter((_, i) => i !== cursor.row));
            setCursor(undefined);
          }}
        >
          <Button size="small" danger icon={<DeleteOutlined />} disabled={!cursor || cursor.row >= items.length}>
            {t('catalog.form.grid.deleteRow')}
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary">{t('catalog.form.grid.count', { count: items.length })}</Typography.Text>
        <Typography.Text type="secondary" className="grid-hint">
          {t('catalog.form.grid.hint')}
        </Typography.Text>
      </Flex>
      <div
        className="item-grid"
        role="grid"
        aria-label={t('catalog.form.grid.label')}
        aria-rowcount={shownItems.length + 1}
        style={{ ['--grid-columns' as string]: template }}
        tabIndex={cursor ? -1 : 0}
        onFocus={(e) => {
          if (e.target === e.currentTarget) activate(cursor ?? { row: 0, column: 0 });
        }}
        onMouseDown={(e) => {
          const at = cellAt(e);
          if (at && (at.row !== cursor?.row || at.column !== cursor.column)) {
            e.preventDefault();
            const list = committed();
            if (!list) return;
            publish(list);
            activate(at, list);
          }
        }}
        onDoubleClick={(e) => {
          const at = cellAt(e);
          if (at) activate(at, items, 'edit');
        }}
      >
        <div className="grid-row grid-head" role="row">
          <div className="grid-rownum" role="columnheader">
            #
          </div>
          {GRID_COLUMNS.map((c) => (
            <div key={c.field} className={`grid-cell${c.field === FROZEN_FIELD ? ' grid-cell-frozen' : ''}`} role="columnheader">
              {required.has(c.spec.field) && <span className="required-mark">*</span>}
              {c.spec.header[lang]}
            </div>
          ))}
        </div>
        {shownItems.map((item, row) => (
          <GridRow
            key={row}
            item={item}
            row={row}
            labels={labels}
            findings={findingsByRow.get(row)}
            activeColumn={cursor?.row === row ? cursor.column : -1}
            editor={cursor?.row === row ? editor : undefined}
          />
        ))}
      </div>
      {pasted && (
        <Alert
          closable={{ onClose: () => setPasted(undefined) }}
          type={pasted.problems.length ? 'warning' : 'success'}
          showIcon
          title={t('catalog.form.grid.pasted', { rows: pasted.rows })}
          description={
            (pasted.problems.length > 0 || pasted.dropped > 0) && (
              <Flex vertical>
                {pasted.dropped > 0 && <span>{t('catalog.form.grid.droppedColumns', { count: pasted.dropped })}</span>}
                {pasted.problems.slice(0, MAX_LISTED_PROBLEMS).map((p, i) => (
                  <span key={i}>
                    {t('catalog.form.grid.problemAt', { row: p.row + 1, column: GRID_COLUMNS.find((c) => c.field === p.field)!.spec.header[lang] })}
                    {problemText(p)}
                  </span>
                ))}
                {pasted.problems.length > MAX_LISTED_PROBLEMS && <span>{t('catalog.form.grid.moreProblems', { count: pasted.problems.length - MAX_LISTED_PROBLEMS })}</span>}
              </Flex>
            )
          }
        />
      )}
      {rowsWithFindings.length > 0 && (
        <Flex gap={4} wrap align="baseline" className="grid-finding-rows">
          <Typography.Text type="secondary">{t('catalog.form.grid.rowsWithFindings')}</Typography.Text>
          {rowsWithFindings.slice(0, 40).map((row) => (
            <Typography.Link key={row} onClick={() => activate({ row, column: 0 })}>
              {row + 1}
            </Typography.Link>
          ))}
          {rowsWithFindings.length > 40 && <Typography.Text type="secondary">…</Typography.Text>}
        </Flex>
      )}
      {activeFindings.length > 0 && (
        <Flex vertical gap="small" className="field-findings">
          {activeFindings.map((f, i) => (
            <FindingItem
              key={`${f.ruleId}-${f.path}-${i}`}
              finding={f}
              onLocate={() => {
                const place = fieldPlace(f.path);
                if (place?.cell) activate({ row: place.cell.row, column: Math.max(0, place.cell.column) });
              }}
            />
          ))}
        </Flex>
      )}
    </Flex>
  );
}

interface GridRowProps {
  item: DataItem;
  row: number;
  labels: VocabularyLabels;
  findings: readonly Finding[] | undefined;
  activeColumn: number;
  editor: ReactNode;
}

const GridRow = memo(function GridRow({ item, row, labels, findings, activeColumn, editor }: GridRowProps) {
  const worst = new Map<number, Finding['severity']>();
  let rowWorst: Finding['severity'] | undefined;
  for (const f of findings ?? []) {
    const column = fieldPlace(f.path)?.cell?.column ?? -1;
    const before = worst.get(column);
    if (!before || SEVERITY_RANK[f.severity] < SEVERITY_RANK[before]) worst.set(column, f.severity);
    if (!rowWorst || SEVERITY_RANK[f.severity] < SEVERITY_RANK[rowWorst]) rowWorst = f.severity;
  }
  return (
    <div className={`grid-row${activeColumn >= 0 ? ' grid-row-active' : ''}`} role="row" aria-rowindex={row + 2}>
      <div className={`grid-rownum${rowWorst ? ` grid-mark-${rowWorst}` : ''}`} role="rowheader">
        {row + 1}
      </div>
      {GRID_COLUMNS.map((c, column) => {
        const severity = worst.get(column);
        const cls = `grid-cell${severity ? ` grid-mark-${severity}` : ''}${c.field === FROZEN_FIELD ? ' grid-cell-frozen' : ''}`;
        return column === activeColumn ? (
          <div key={c.field} className={`${cls} grid-cell-active`} role="gridcell" aria-selected>
            {editor}
          </div>
        ) : (
          <div key={c.field} className={cls} role="gridcell" data-row={row} data-column={column}>
            {cellText(c, item, labels)}
          </div>
        );
      })}
    </div>
  );
});
