// Rewrites assets/regulations/regulations.json so that every citation shown to
// users is Simplified Chinese, while the verbatim source text is kept in "source".
//
// opencc-js is NOT a project dependency; install it to a scratch dir and point
// the script at that dir (env OPENCC_DIR or --opencc=DIR):
//
//   mkdir -p /tmp/occ && cd /tmp/occ && npm init -y && npm i opencc-js
//   cd /work/main && OPENCC_DIR=/tmp/occ node scripts/simplify-citations.mjs
//
// Idempotent: when an article already has "source", the quote is rebuilt from
// it, so the script can be rerun after editing the maps below.
//
// Per article:
//   source  = verbatim quote from /work/shared/regulations/*.txt (never altered)
//   quote   = cleaned Simplified Chinese text, or null if the source is English/mixed
//   lang    = "zh-Hans" only when OpenCC actually converted Traditional → Simplified
//   summaryZh, sourceLang = hand-written rendering for English/mixed sources

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const JSON_PATH = path.resolve(here, '../assets/regulations/regulations.json');

// ---- load opencc-js from outside the project --------------------------------
const argDir = process.argv.find((a) => a.startsWith('--opencc='))?.slice('--opencc='.length);
const occDir = argDir || process.env.OPENCC_DIR;
if (!occDir) {
  console.error('Set OPENCC_DIR (or --opencc=DIR) to a directory where `npm i opencc-js` was run.');
  process.exit(1);
}
const OpenCC = createRequire(path.join(path.resolve(occDir), 'noop.js'))('opencc-js');
// Taiwan-standard Traditional → Mainland Simplified (OpenCC tw2s). The 003/004
// pages are machine-rendered Traditional of mainland texts; 'tw' and 'hk'
// produce identical output on every quote here.
const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });

// ---- (a) pinyin annotations --------------------------------------------------
// 004 annotates characters like 數(shù)據(jù). Only a parenthesised run of lowercase
// Latin letters containing at least one tone mark, directly after a Han
// character, is removed; （一）, (试行), (自治县), (以下称…) are untouched.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN = new RegExp(
  `(\\p{Script=Han})\\([a-zü]*[${TONED}][a-zü${TONED}]*\\)`,
  'gu',
);
const TONE_CHAR = new RegExp(`[${TONED}]`, 'u');

// ---- (c) half-width , ; : in Chinese context → full-width ---------------------
// "Chinese context": a Han character or a closing bracket/quote on the left and
// (after optional spaces, which stand for source line breaks and are kept) a Han
// character or an opening bracket/quote on the right, e.g. 政务数据,不得 /
// (以下称政务部门),在 / 类型: (一).
const FULL = { ',': '，', ';': '；', ':': '：' };
const PUNCT = /([\p{Script=Han}）)」』”》〕】])([,;:])(?=\s*[\p{Script=Han}（(「『“《〔【])/gu;

// ---- hand fixes: junk characters from web-page scraping ------------------------
// Applied to the Simplified text after conversion. Each must match exactly once.
// Every 003 quote was read after conversion; the 003 page has injected
// 2–3-character junk runs (桥并袭, 蔽慧, 清唯, 猜枣, 穗正拆, 历逗, 段烂陆, 握顷)
// but only the one below falls inside a quoted span.
const HAND_FIXES = [
  {
    doc: 'shanxi',
    article: '第十二条',
    // "…共享使用的政敏兄务数据属于不予共享类" — 敏兄 splits the word 政务 and means
    // nothing here; the same sentence pattern two clauses earlier reads
    // "共享使用的政务数据属于无条件共享类".
    from: '不宜提供给其他政务服务实施机构共享使用的政敏兄务数据属于不予共享类',
    to: '不宜提供给其他政务服务实施机构共享使用的政务数据属于不予共享类',
  },
];

// ---- (d) English / mixed sources (Anhui 000 is partly machine-translated) ----
// Hand-written Simplified renderings of the English machine translation. They
// are marked "（译述）" (translated paraphrase) and are NOT the official text;
// Chinese fragments present in mixed sources are kept as they appear.
const TRANSLATIONS = {
  'anhui/第二十二条': {
    sourceLang: 'en',
    summaryZh:
      '（译述）政务数据共享分为无条件共享、有条件共享、不予共享等类型，共享类型在编制政务数据资源目录时确定。' +
      '无条件共享的数据可以提供给所有政务部门使用；有条件共享的数据可以按照规定提供给相关政务部门使用；' +
      '不予共享的数据不应提供给其他政务部门使用。' +
      '政务部门将政务数据列为有条件共享或者不予共享的，应当说明理由，并提供相应的法律、行政法规或者党中央、国务院政策依据。',
  },
  'anhui/第二十三条': {
    sourceLang: 'en',
    summaryZh: '（译述）政务部门应当通过统一的共享交换平台与其他部门共享数据，并逐步整合部门之间的直接共享通道。',
  },
  'anhui/第二十五条': {
    sourceLang: 'mixed',
    summaryZh:
      '（译述）属于无条件共享的，政务部门可以通过江淮大数据中心平台直接获取；' +
      '属于有条件共享的，其他政务部门应当自收到申请之日起7个工作日内答复。不予共享的，应当说明理由。',
  },
  'anhui/第三十三条': {
    sourceLang: 'en',
    summaryZh:
      '（译述）政务部门应当采纳和认可符合法律规定的可靠电子签名，使用国家统一的电子印章系统进行电子签章，' +
      '并使用符合国家标准和技术规范的电子证照系统签发电子证照。',
  },
  'anhui/第三十六条': {
    sourceLang: 'mixed',
    summaryZh:
      '（译述）政务数据按照开放属性分为无条件开放类、有条件开放类和非开放类，开放属性在编制政务数据资源目录时确定。' +
      '可以提供给所有自然人、法人和非法人组织使用的政务数据，列入无条件开放类；' +
      '可以部分提供或者需要按照一定条件提供给自然人、法人和非法人组织的政务数据，列入有条件开放类；' +
      '涉及国家秘密、商业秘密和个人隐私，以及法律、法规、规章规定不得开放的政务数据，列入非开放类。' +
      '非开放类政务数据依法进行脱密脱敏处理或者权利人同意开放的，可以列入无条件开放类或者有条件开放类。',
  },
  'anhui/第三十九条': {
    sourceLang: 'mixed',
    summaryZh:
      '（译述）数据资源部门、政务部门应当建立健全大数据环境下数据分类分级安全保护、数据安全风险评估等管理制度，' +
      '定期开展安全评测、风险评估；落实网络和数据安全管理机构和责任人，加强对网络和数据管理人员的教育、培训和管理；' +
      '采取数据脱敏、数据备份、加密和认证等安全防护措施，防止政务数据资源丢失、毁损、泄露和篡改，保障政务数据资源安全。',
  },
};

// ---- main -------------------------------------------------------------------
const data = JSON.parse(readFileSync(JSON_PATH, 'utf8'));
const usedFixes = new Set();
const usedTranslations = new Set();
const report = { converted: [], unchanged: [], translated: [], handFixed: [] };

data.articles = data.articles.map((art) => {
  const key = `${art.doc}/${art.article}`;
  // Rerun-safe: the verbatim text lives in "source" once the script has run.
  const source = art.source ?? art.quote;
  const { doc, article, file, quote: _q, source: _s, lang: _l, summaryZh: _z, sourceLang: _sl, ...rest } = art;

  const tr = TRANSLATIONS[key];
  if (tr) {
    usedTranslations.add(key);
    report.translated.push(key);
    return { doc, article, quote: null, summaryZh: tr.summaryZh, sourceLang: tr.sourceLang, source, file, ...rest };
  }
  // Any Latin word run left in a non-mapped quote means a missing translation entry.
  if (/[A-Za-z]{3,}/.test(source.replace(PINYIN, '$1'))) {
    throw new Error(`${key}: English text in source but no TRANSLATIONS entry`);
  }

  const noPinyin = source.replace(PINYIN, '$1');
  const simplified = t2s(noPinyin);
  let text = simplified.replace(PUNCT, (_m, left, p) => left + FULL[p]);
  for (const fix of HAND_FIXES) {
    if (fix.doc !== doc || fix.article !== article) continue;
    const n = text.split(fix.from).length - 1;
    if (n !== 1) throw new Error(`${key}: hand fix matched ${n} times: ${fix.from}`);
    text = text.replace(fix.from, fix.to);
    usedFixes.add(fix);
    report.handFixed.push(key);
  }
  if (TONE_CHAR.test(text)) throw new Error(`${key}: tone-marked letter left in quote`);

  const converted = simplified !== noPinyin;
  (converted ? report.converted : report.unchanged).push(key);
  return converted
    ? { doc, article, quote: text, lang: 'zh-Hans', source, file, ...rest }
    : { doc, article, quote: text, source, file, ...rest };
});

for (const fix of HAND_FIXES) {
  if (!usedFixes.has(fix)) throw new Error(`hand fix not applied: ${fix.doc}/${fix.article}`);
}
for (const key of Object.keys(TRANSLATIONS)) {
  if (!usedTranslations.has(key)) throw new Error(`translation not used: ${key}`);
}

writeFileSync(JSON_PATH, JSON.stringify(data, null, 2) + '\n');
console.log(`converted T→S (lang zh-Hans): ${report.converted.length}`);
console.log(`already Simplified:           ${report.unchanged.length}`);
console.log(`English/mixed → summaryZh:    ${report.translated.join(', ')}`);
console.log(`hand fixes:                   ${report.handFixed.join(', ')}`);
