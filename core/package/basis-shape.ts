// The shape of one legal basis entry ({title, docNo?, article?, level?}) as a change list or a change-notes file
// writes it; both readers check entries with this.
import type { LocalText } from '../i18n/text.ts';
import { BASIS_LEVELS } from '../model/enums.ts';
import { isRecord } from './strict-fields.ts';

/** Why `value` is not a legal basis entry ({title, docNo?, article?, level?}), or undefined. */
export function basisProblem(value: unknown): LocalText | undefined {
  const shape: LocalText = {
    zh: `依据应为 {"title": 文件名称, "docNo": 文号, "article": 条款, "level": 层级}，title 必填且不能为空，level 可选：${BASIS_LEVELS.join('、')}`,
    en: `a basis is {"title", "docNo", "article", "level"} with a non-blank title; level is one of: ${BASIS_LEVELS.join(', ')}`,
  };
  if (!isRecord(value) || typeof value.title !== 'string' || value.title.trim() === '') return shape;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'title') continue;
    if (k === 'docNo' || k === 'article') {
      if (typeof v !== 'string') return shape;
    } else if (k !== 'level' || !(BASIS_LEVELS as readonly unknown[]).includes(v)) return shape;
  }
  return undefined;
}
