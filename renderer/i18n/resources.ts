// The interface texts: the common ones (zh-CN.json, en.json) and one file per section (sections/), merged. Each
// section file holds one top-level key named after its section, so sections never edit each other's texts.
import en from './en.json';
import backupEn from './sections/backup.en.json';
import backupZh from './sections/backup.zh-CN.json';
import catalogEn from './sections/catalog.en.json';
import catalogZh from './sections/catalog.zh-CN.json';
import countyEn from './sections/county.en.json';
import countyZh from './sections/county.zh-CN.json';
import countyWorkEn from './sections/county-work.en.json';
import countyWorkZh from './sections/county-work.zh-CN.json';
import importEn from './sections/import.en.json';
import importZh from './sections/import.zh-CN.json';
import exerciseEn from './sections/exercise.en.json';
import exerciseZh from './sections/exercise.zh-CN.json';
import historyEn from './sections/history.en.json';
import historyZh from './sections/history.zh-CN.json';
import keysEn from './sections/keys.en.json';
import keysZh from './sections/keys.zh-CN.json';
import listsEn from './sections/lists.en.json';
import listsZh from './sections/lists.zh-CN.json';
import packageEn from './sections/package.en.json';
import packageZh from './sections/package.zh-CN.json';
import trainingEn from './sections/training.en.json';
import trainingZh from './sections/training.zh-CN.json';
import validateEn from './sections/validate.en.json';
import validateZh from './sections/validate.zh-CN.json';
import zh from './zh-CN.json';

export const zhCN = { ...zh, ...catalogZh, ...importZh, ...validateZh, ...packageZh, ...keysZh, ...trainingZh, ...historyZh, ...backupZh, ...countyZh, ...listsZh, ...exerciseZh, ...countyWorkZh };
export const enTexts = { ...en, ...catalogEn, ...importEn, ...validateEn, ...packageEn, ...keysEn, ...trainingEn, ...historyEn, ...backupEn, ...countyEn, ...listsEn, ...exerciseEn, ...countyWorkEn };
