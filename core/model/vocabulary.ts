// The labels of the closed lists (assets/codes/vocabulary.json), checked against their schema once for every user.
import data from '../../assets/codes/vocabulary.json';
import { checkedAsset } from './checked-asset.ts';
import { VocabularyAssetSchema } from './vocabulary-schema.ts';

export const VOCABULARY = checkedAsset(VocabularyAssetSchema, data, 'assets/codes/vocabulary.json');
