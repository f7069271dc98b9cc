import { get } from '../api.js';
import { pick, t } from '../i18n.js';

// Occupations and bases change rarely; one fetch per page load is enough.
let occupations;
let bases;

export async function occupationList() {
  occupations ??= await get('occupations');
  return occupations;
}

export async function baseNames() {
  if (!bases) {
    const page = await get('bases?size=100');
    bases = new Map(page.items.map(b => [b.id, b.name]));
  }
  return bases;
}

export async function occupationName(code) {
  const o = (await occupationList()).find(x => x.code === code);
  return o ? pick(o.name.zh, o.name.en) : code;
}

export const levelName = level => (level ? t('level.' + level) : t('level.0'));
