// Words that say nothing about which program fits. The general stop lists (the `stopword` package)
// remove "the", "de", "и"; the domain list removes what every request to WIPO says anyway ("WIPO",
// "assistance", "national", "we need", "program", 相关, 援助) — in a long letter those words add up and
// outweigh the one word that decides. Forms are folded (lower case, no accents, Arabic letter
// variants unified); Russian is matched on the stem, so one entry covers its inflections. The
// words of greetings, of the letter being asked for and of dates ("Good morning", "note verbale",
// "in English", "dans 2 mois environ") say nothing about the need either.
import * as stopwords from 'stopword';
import type { Lang } from '../../knowledge/types.js';
import { foldText } from './normalize.js';

const words = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

const DOMAIN: Record<Lang, readonly string[]> = {
  en: words(`
    wipo ompi ip assistance national nationally institute institutes help helps helping need needs
    needed want wants wanted wish would like please kindly dear sir madam colleague colleagues
    request requests requested requesting program programs programme programmes country countries
    government governments ministry ministries set get make also able could within regarding
    concerning related relevant various etc organization organisation organizations organisations
    looking find know thing things lot lots protect protects protected protecting protection name
    names use used using how why problem problems issue issues its director general presents
    compliments honour excellency
    good morning afternoon evening hello hi greetings permanent mission missions note verbale
    letter letters sign signed english french spanish russian arabic chinese month months year
    years early starting one two three four five six`),
  fr: words(`
    ompi wipo pi assistance aide aider national nationale nationales nationaux institut instituts
    besoin besoins souhaite souhaitons souhaiterions voudrions voulons veut veulent vouloir
    aimerions merci monsieur madame programme programmes pays gouvernement ministere mettre place
    faire cadre demande demandes demander concernant relatif relative organisation organisations
    chose choses aupres afin proteger protege proteges protegee protegees protection nom noms
    utiliser utilisation comment pourquoi quand probleme problemes directeur general presente
    compliments excellence sais sait
    bonjour bonsoir salam salut mission permanente note verbale lettre lettres environ anglais
    francais espagnol russe arabe chinois mois an ans annee annees deux trois quatre cinq six`),
  es: words(`
    ompi wipo pi asistencia ayuda ayudar nacional nacionales instituto institutos necesita
    necesitan necesitamos queremos quiere quieren quisieramos gustaria solicitamos solicitud
    programa programas pais paises gobierno ministerio senor senores estimado estimados
    organizacion organizaciones cosa cosas hacer traves proteger protegido protegidos proteccion
    nombre nombres usar utilizar uso como problema problemas director general saluda atentamente
    excelencia
    buenos buenas dias tardes noches hola saludos mision permanente nota verbal carta cartas partir
    dentro ingles frances espanol ruso arabe chino mes meses ano anos dos tres cuatro cinco seis`),
  // Stems (see above): "национальн" covers национальный, национальной, национальных…
  ru: words(`
    воис ис помощ содейств национальн институт нужн нуж нужен хот хотел прос просьб программ стран
    правительств министерств уважа уважаем коллег организац котор такж необходим защит назван им
    использова использ проблем нам нас наш ваш вам вас мы вы он она они это эт защ генеральн
    директор свидетельств
    здравств добр привет постоянн представительств нот вербальн письм английск французск испанск
    русск арабск китайск месяц год`),
  // Chinese words that say nothing about the need but sit inside compounds (使用|费, 工作|共享): they
  // do not break a run of characters, only their own bigrams are ignored (see han.ts).
  zh: words(`
    相关 援助 帮助 协助 希望 需要 想要 本国 我国 贵组织 国家 进行 开展 方面 问题 工作 有关 请问 尊敬 您好 你好 谢谢 提供
    计划 政府 部门 情况 保护 名称 名字 使用 利用 怎么办 得到 获得 总干事 致意 阁下
    常驻 代表团 照会 信函 英文 法文 中文 俄文 西班牙文 阿拉伯文`),
  ar: words(`
    ويبو الويبو منظمه المنظمه مساعده المساعده وطني الوطني وطنيه الوطنيه معهد المعهد نريد نرجو نود
    نحتاج يحتاج تحتاج نرغب يرغب ترغب نطلب برنامج البرنامج برامج بلد البلد بلدنا دوله الدوله حكومه
    الحكومه وزاره الوزاره سعاده السيد شكرا يريد تريد اريد خلال حول بشان مجال حمايه يحمي نحمي اسم
    اسماء استخدام كيف لماذا مشكله مشاكل المدير مدير العام تحيه تحياتها
    مرحبا السلام عليكم صباح مساء الخير البعثه الدائمه مذكره شفويه رساله الرساله بالانجليزيه
    بالفرنسيه بالعربيه شهر اشهر`),
};

/**
 * Chinese function words: they end a run of characters, so no bigram straddles them ("苗绣和蜡染"
 * gives no "绣和"). Only particles, pronouns and connectives — not the characters of the general
 * list that are also parts of words (日 in 知识产权日, 能 in 节能).
 */
export const ZH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`
    的 地 得 之 和 与 及 跟 同 并 或 而 且 但 却 了 着 过 吗 呢 吧 啊 嘛 呀 哦 是 在 于 被 把 让 给 从 向 对 为 以 由 将
    就 也 都 又 很 还 这 那 哪 我 你 他 她 它 们 某 该 各 每 个 一 我们 你们 他们 如何 怎样 怎么 可以 能够 一个 一些 这个
    这些 那些 什么 哪些 对于 关于 通过 为了 以及 是否 有没有 没有 任何 自己 其他 想 要 请 贵`),
);

const stopSet = (general: readonly string[], domain: readonly string[]): ReadonlySet<string> =>
  new Set([...general, ...domain].map(foldText));

/** General stop words of each language plus the domain's, folded. */
export const STOP: Record<Lang, ReadonlySet<string>> = {
  en: stopSet(stopwords.eng, DOMAIN.en),
  fr: stopSet(stopwords.fra, DOMAIN.fr),
  es: stopSet(stopwords.spa, DOMAIN.es),
  ru: stopSet(stopwords.rus, DOMAIN.ru),
  zh: stopSet([...ZH_FUNCTION_WORDS], DOMAIN.zh),
  ar: stopSet(stopwords.ara, DOMAIN.ar),
};

/** Russian domain stop words are stems (matched after stemming). */
export const RU_DOMAIN_STEMS: ReadonlySet<string> = new Set(DOMAIN.ru);

/** The domain's own words of every language: an acronym is dropped only when it is one (IP, WIPO). */
export const DOMAIN_STOP: ReadonlySet<string> = new Set(Object.values(DOMAIN).flat().map(foldText));
