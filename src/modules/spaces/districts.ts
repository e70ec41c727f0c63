import { shenzhenDistrictCodeValues, type ShenzhenDistrictCode } from '../../db/schema/spaces';
import type { LocalisedText } from '../../shared/localised-text';

/**
 * Shenzhen's districts as data (issue #14 item 1): the nine administrative districts and the
 * Dapeng New District, each with its stable code and its name in three scripts. A.S0 places the
 * first-batch communities in Futian, Luohu and Nanshan; A.S1 starts new ones in Nanshan,
 * Longgang, Futian and Guangming.
 */
export const shenzhenDistricts: Readonly<Record<ShenzhenDistrictCode, LocalisedText>> = {
  futian: { 'zh-Hans': '福田区', 'zh-Hant': '福田區', en: 'Futian District' },
  luohu: { 'zh-Hans': '罗湖区', 'zh-Hant': '羅湖區', en: 'Luohu District' },
  nanshan: { 'zh-Hans': '南山区', 'zh-Hant': '南山區', en: 'Nanshan District' },
  yantian: { 'zh-Hans': '盐田区', 'zh-Hant': '鹽田區', en: 'Yantian District' },
  baoan: { 'zh-Hans': '宝安区', 'zh-Hant': '寶安區', en: "Bao'an District" },
  longgang: { 'zh-Hans': '龙岗区', 'zh-Hant': '龍崗區', en: 'Longgang District' },
  longhua: { 'zh-Hans': '龙华区', 'zh-Hant': '龍華區', en: 'Longhua District' },
  pingshan: { 'zh-Hans': '坪山区', 'zh-Hant': '坪山區', en: 'Pingshan District' },
  guangming: { 'zh-Hans': '光明区', 'zh-Hant': '光明區', en: 'Guangming District' },
  dapeng: { 'zh-Hans': '大鹏新区', 'zh-Hant': '大鵬新區', en: 'Dapeng New District' },
};

/** The districts in their official order, as the API lists them. */
export function listDistricts() {
  return shenzhenDistrictCodeValues.map((code) => ({ code, names: shenzhenDistricts[code] }));
}
