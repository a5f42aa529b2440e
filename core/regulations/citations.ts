// Citations resolve (document, article) references from the profiles to the quoted texts in
// assets/regulations: the local regulations (regulations.json) and national standards and
// platform practice (standards.json).
import regulations from '../../assets/regulations/regulations.json';
import standards from '../../assets/regulations/standards.json';
import { checkedAsset } from '../model/checked-asset.ts';
import { CitationAssetSchema, type CitationRef } from './citation-schema.ts';

export type { CitationRef } from './citation-schema.ts';

export interface Citation extends CitationRef {
  /** 《title》 of the document. */
  title: string;
  docNo: string | null;
  kind: 'regulation' | 'standard' | 'practice';
  /** Verbatim text (Simplified Chinese) when the source has it in Chinese. */
  quote: string | null;
  /** A faithful Chinese rendering where the source text is not Chinese or is paraphrased. */
  summaryZh: string | null;
  /** Where the text comes from, for people checking it. */
  file: string | null;
}

const sources = [checkedAsset(CitationAssetSchema, regulations, 'assets/regulations/regulations.json'), checkedAsset(CitationAssetSchema, standards, 'assets/regulations/standards.json')];
const documents = new Map(sources.flatMap((s) => s.documents).map((d) => [d.id, d]));

const articles = new Map<string, Citation>();
for (const a of sources.flatMap((s) => s.articles)) {
  const doc = documents.get(a.doc);
  if (!doc) throw new Error(`citation data: article ${a.doc} ${a.article} names an unknown document`);
  articles.set(`${a.doc}|${a.article}`, {
    doc: a.doc,
    article: a.article,
    title: doc.title,
    docNo: doc.docNo,
    kind: doc.kind ?? 'regulation',
    quote: a.quote ?? null,
    summaryZh: a.summaryZh ?? null,
    file: a.file ?? doc.file,
  });
}

export function resolveCitation(ref: CitationRef): Citation | undefined {
  return articles.get(`${ref.doc}|${ref.article}`);
}

export function allCitations(): Citation[] {
  return [...articles.values()];
}

/** 《安徽省政务数据资源管理办法》第二十二条; GB 32100-2015《…》校验码; 目录编制通行做法·名称查重（非法规要求） */
export function citationLabel(c: Citation): string {
  if (c.kind === 'practice') return `目录编制通行做法·${c.article}（非法规要求）`;
  if (c.kind === 'standard') return `${c.docNo ?? ''}《${c.title}》${c.article}`;
  return `《${c.title}》${c.article}`;
}
