import { language } from '../i18n.js';

// Region codes (GB/T 2260) as names. The platform serves Henan: its cities, and the districts of the cities with stations.
const CITIES = {
  4101: ['郑州市', 'Zhengzhou'], 4102: ['开封市', 'Kaifeng'], 4103: ['洛阳市', 'Luoyang'], 4104: ['平顶山市', 'Pingdingshan'],
  4105: ['安阳市', 'Anyang'], 4106: ['鹤壁市', 'Hebi'], 4107: ['新乡市', 'Xinxiang'], 4108: ['焦作市', 'Jiaozuo'],
  4109: ['濮阳市', 'Puyang'], 4110: ['许昌市', 'Xuchang'], 4111: ['漯河市', 'Luohe'], 4112: ['三门峡市', 'Sanmenxia'],
  4113: ['南阳市', 'Nanyang'], 4114: ['商丘市', 'Shangqiu'], 4115: ['信阳市', 'Xinyang'], 4116: ['周口市', 'Zhoukou'],
  4117: ['驻马店市', 'Zhumadian'], 4190: ['省直辖', 'Henan (directly administered)'],
};
const DISTRICTS = {
  410102: ['中原区', 'Zhongyuan'], 410103: ['二七区', 'Erqi'], 410104: ['管城回族区', 'Guancheng'], 410105: ['金水区', 'Jinshui'],
  410106: ['上街区', 'Shangjie'], 410108: ['惠济区', 'Huiji'], 410122: ['中牟县', 'Zhongmu'], 410181: ['巩义市', 'Gongyi'],
  410182: ['荥阳市', 'Xingyang'], 410183: ['新密市', 'Xinmi'], 410184: ['新郑市', 'Xinzheng'], 410185: ['登封市', 'Dengfeng'],
  410702: ['红旗区', 'Hongqi'], 410703: ['卫滨区', 'Weibin'], 410704: ['凤泉区', 'Fengquan'], 410711: ['牧野区', 'Muye'],
  411002: ['魏都区', 'Weidu'], 411003: ['建安区', 'Jian\'an'], 411024: ['鄢陵县', 'Yanling'], 411025: ['襄城县', 'Xiangcheng'],
  411081: ['禹州市', 'Yuzhou'], 411082: ['长葛市', 'Changge'], 419001: ['济源市', 'Jiyuan'],
};

/** 410105 → 郑州市金水区 (Jinshui, Zhengzhou); an unknown district keeps its code after the city's name. */
export function regionName(code) {
  const en = language() === 'en';
  const city = CITIES[String(code).slice(0, 4)];
  const district = DISTRICTS[code];
  if (!city) return String(code);
  if (!district) return `${en ? city[1] : city[0]} (${code})`;
  return en ? `${district[1]}, ${city[1]}` : city[0] + district[0];
}
