import { get } from '../api.js';
import { pick } from '../i18n.js';

let catalogue;

/** The time bank's service categories, fetched once. */
export async function categories() {
  catalogue ??= await get('timebank/catalogue');
  return catalogue.filter(c => c.active);
}

export async function categoryName(code) {
  catalogue ??= await get('timebank/catalogue');
  const c = catalogue.find(x => x.code === code);
  return c ? pick(c.nameZh, c.nameEn) : code;
}

export async function categoryOptions() {
  return (await categories()).map(c => [c.code, pick(c.nameZh, c.nameEn)]);
}
