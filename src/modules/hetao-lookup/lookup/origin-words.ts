/**
 * The word lists the origin judgement (origin.ts, evidence 2) reads, compiled once into regular
 * expressions and sets. The text they are matched against is normalised: Simplified Chinese,
 * lower-case Latin, punctuation → spaces.
 */
import { stemLatin } from './words';

// ---------------------------------------------------------------------------------------------
// Words (2) — the text is normalised: Simplified Chinese, lower-case Latin, punctuation → spaces.

/** Words that name a human source. 「人」 alone only when a material follows it (人血浆, 人组织). */
const HUMAN_HAN = ['人体', '人源', '人类', '患者', '病人', '供者', '尸体', '遗体'];
/** Words that name an animal source, or the animal itself. */
const ANIMAL_HAN = [
  '动物',
  '小鼠',
  '大鼠',
  '裸鼠',
  '仓鼠',
  '豚鼠',
  '沙鼠',
  '猕猴',
  '食蟹猴',
  '恒河猴',
  '家兔',
  '兔子',
  '昆虫',
  '蝴蝶',
  '甲虫',
  '鸟类',
  '家禽',
  '禽类',
  '鱼类',
  '斑马鱼',
  '爪蟾',
  '比格犬',
  '胎牛',
  '小牛',
  '犊牛',
];
/** One-character animals: only right before a material (胎牛血清, 猪肝, 羊血) or before the head
 * term (猪胰蛋白酶) — alone they are in too many other words (鼠标, 牛仔裤, 马弗炉, 鱼眼镜头). */
const ANIMAL_HAN_SINGLE = '人鼠猴兔猪牛羊马驴犬狗猫鸡鸭鹅鸟禽鱼蛙蛇蚕蜂虫';
/** Materials of a living body (multi-character). */
const MATERIAL_HAN = [
  '组织',
  '标本',
  '样本',
  '样品',
  '切片',
  '细胞',
  '血清',
  '血浆',
  '血液',
  '全血',
  '血样',
  '器官',
  '脏器',
  '胚胎',
  '精液',
  '精子',
  '卵子',
  '卵母细胞',
  '骨骼',
  '骨髓',
  '头骨',
  '皮肤',
  '毛发',
  '羽毛',
  '粪便',
  '尿液',
  '唾液',
  '脑脊液',
  '胆汁',
  '分泌物',
  '肝脏',
  '心脏',
  '肾脏',
  '脾脏',
  '胰腺',
  '肠道',
  '眼球',
  '肌肉',
  '肿瘤',
  '胎盘',
  '脐带',
  '腺体',
];
/** One-character materials: only at the end of a word run, after an origin word (羊血, 猪肝). */
export const MATERIAL_HAN_SINGLE = '血脑肝心肺肾脾胰肠眼骨皮毛牙卵';
/** Materials that are always of human or animal origin, with no origin word. */
const INTRINSIC_HAN = [
  '血清',
  '血浆',
  '全血',
  '血液',
  '血样',
  '抗血清',
  '血细胞',
  '血小板',
  '红细胞',
  '白细胞',
  '淋巴细胞',
  '骨髓',
  '脐带血',
  '胎盘',
  '活检',
  '粪便',
  '尿液',
  '尿样',
  '唾液',
  '脑脊液',
  '组织样本',
  '组织样品',
  '组织标本',
  '组织切片',
  '组织块',
  '病理切片',
  '血制品',
  '血液制品',
  '血琼脂',
  '血平板',
  '精液',
  '尸体',
  '遗体',
];
/** After a material, these make it an instrument, a container or a science: 血细胞计数板,
 * 尿液分析仪, 血液透析机, 采血管, 血清学, 器官芯片. */
export const NOT_MATERIAL_AFTER_HAN =
  /^(?:[仪机计器管袋板芯泵学]|分析|透析|检测|计数|采集|测定|分离|净化|模型|替代|移液)/u;
/** Before a material, these negate it: 无血清, 减血清, 不含血清. */
export const NEGATION_BEFORE_HAN = /(?:无|减|低|去|不含|免)$/u;
/** Words saying the goods contain no human or animal material. */
export const NOT_OF_ORIGIN_HAN =
  /重组|合成|人工|化石|矿物|岩石|矿石|陨石|琥珀|模型|仿真|无动物源|无动物成分|不含动物/u;

const HUMAN_LATIN = ['human', 'patient', 'donor', 'cadaver', 'cadaveric'];
const ANIMAL_LATIN = [
  'animal',
  'mouse',
  'murine',
  'rat',
  'rodent',
  'hamster',
  'rabbit',
  'monkey',
  'macaque',
  'primate',
  'porcine',
  'pig',
  'swine',
  'bovine',
  'cow',
  'calf',
  'cattle',
  'ovine',
  'sheep',
  'goat',
  'caprine',
  'equine',
  'horse',
  'donkey',
  'canine',
  'dog',
  'beagle',
  'feline',
  'chicken',
  'avian',
  'bird',
  'duck',
  'fish',
  'zebrafish',
  'frog',
  'xenopus',
  'insect',
  'butterfly',
  'beetle',
  'zoological',
  'taxidermy',
];
const MATERIAL_LATIN = [
  'tissue',
  'specimen',
  'sample',
  'section',
  'cell',
  'serum',
  'plasma',
  'blood',
  'organ',
  'embryo',
  'semen',
  'sperm',
  'oocyte',
  'bone',
  'skeleton',
  'skull',
  'tooth',
  'skin',
  'hair',
  'feather',
  'stool',
  'feces',
  'faeces',
  'urine',
  'saliva',
  'csf',
  'biopsy',
  'carcass',
  'cadaver',
  'tumor',
  'brain',
  'liver',
  'heart',
  'lung',
  'kidney',
  'spleen',
  'pancreas',
  'intestine',
  'gut',
  'eye',
  'muscle',
  'placenta',
  'marrow',
  'gland',
  'lysate',
].map(stemLatin);
/** Materials always of human or animal origin, as runs of stemmed words. */
export const INTRINSIC_LATIN = [
  'whole blood',
  'blood sample',
  'blood product',
  'blood plasma',
  'blood serum',
  'blood cell',
  'cord blood',
  'peripheral blood',
  'defibrinated blood',
  'blood agar',
  'bone marrow',
  'plasma sample',
  'serum sample',
  'antiserum',
  'tissue sample',
  'tissue specimen',
  'tissue section',
  'biopsy',
  'stool sample',
  'fecal sample',
  'faecal sample',
  'urine sample',
  'saliva sample',
  'cerebrospinal fluid',
  'placenta',
  'umbilical cord',
  'cadaver',
  'carcass',
].map((phrase) => phrase.split(' ').map(stemLatin));
/** After a material, these make it an instrument or a container (blood cell counter). */
export const NOT_MATERIAL_AFTER_LATIN = new Set(
  'counter analyzer analyser meter monitor machine system tube bag collection chip pump warmer cabinet homogenizer homogeniser model'
    .split(' ')
    .map(stemLatin),
);
export const NEGATION_AFTER_LATIN = new Set(['free', 'replacement', 'reduced', 'separator']);
export const NEGATION_BEFORE_LATIN = new Set(['reduced', 'low', 'no', 'non', 'without']);
export const NOT_OF_ORIGIN_LATIN = new Set(
  'recombinant synthetic artificial fossil fossilized fossilised mineral rock meteorite model replica xeno'
    .split(' ')
    .map(stemLatin),
);
/** "anti-human": the word names a target, not a source. Prepositions open a purpose phrase. */
export const TARGET_BEFORE_LATIN = new Set(['anti']);
// NOTE: not "cat" among the animals ("Cat. No." heads catalogue lines), nor "to" among the
// purposes ("ready-to-use human serum" is human serum).
export const PURPOSE_LATIN = new Set(['for', 'suitable', 'compatible', 'used']);
/** 供 opens a purpose (供细胞培养用) unless it is 供体, 供者 (a donor), 供应 or 供货 (supply). */
export const PURPOSE_HAN = /用于|适用于|供(?![体者应货])/u;

/** Words allowed between an origin word and its material ("mouse liver tissue", 小鼠新鲜组织). */
export const WINDOW_LATIN = 3;
export const WINDOW_HAN = 4;

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');
export const HAN_ORIGIN = new RegExp(
  `(${alternation(HUMAN_HAN)})|(${alternation(ANIMAL_HAN)})|([${ANIMAL_HAN_SINGLE}])`,
  'gu',
);
export const HAN_MATERIAL = new RegExp(
  `${alternation(MATERIAL_HAN)}|[${MATERIAL_HAN_SINGLE}]`,
  'gu',
);
export const HAN_INTRINSIC = new RegExp(alternation(INTRINSIC_HAN), 'gu');
export const HUMAN_LATIN_SET = new Set(HUMAN_LATIN.map(stemLatin));
export const ANIMAL_LATIN_SET = new Set(ANIMAL_LATIN.map(stemLatin));
export const MATERIAL_LATIN_SET = new Set(MATERIAL_LATIN);
/** Characters before 「人」 that make it part of another word (机器人, 个人, 工人). */
export const NOT_HUMAN_BEFORE = /[机个工商本主客丁诗名巨法私他军]$/u;
