// chrono-node parsers for the six languages, set up for calendar dates only: the parsers of
// clock times and time zones are left out (a start is a month or a day; "早一点" is not 1 o'clock),
// and each pattern is compiled once. In 2.10.3 several parsers (French and Spanish relative
// forms among them) build a new RegExp on every call, which defeats chrono's own pattern cache
// and made one French sentence cost about 0.1 ms; our options never change, so neither can the
// patterns.
import * as chrono from 'chrono-node';
import type { Lang } from '../../knowledge/types.js';

type Configuration = ReturnType<typeof chrono.fr.createCasualConfiguration>;

const TIME_PARSER = /TimeExpression|CasualTime|SpecificTime/;
const TIME_REFINER = /Timezone/;

function datesOnly(configuration: Configuration): chrono.Chrono {
  configuration.parsers = configuration.parsers.filter((p) => !TIME_PARSER.test(p.constructor.name));
  configuration.refiners = configuration.refiners.filter((r) => !TIME_REFINER.test(r.constructor.name));
  for (const parser of configuration.parsers) {
    const cached = parser as { innerPatternHasChange?: unknown; cachedInnerPattern?: unknown };
    if (typeof cached.innerPatternHasChange === 'function') {
      cached.innerPatternHasChange = function (this: { cachedInnerPattern?: unknown }) {
        return !this.cachedInnerPattern;
      };
    }
  }
  return new chrono.Chrono(configuration);
}

export const CHRONO: Readonly<Record<Lang, chrono.Chrono>> = {
  en: datesOnly(chrono.en.configuration.createCasualConfiguration(true)), // day first: 1/6/2027 is 1 June
  fr: datesOnly(chrono.fr.createCasualConfiguration()),
  es: datesOnly(chrono.es.createCasualConfiguration()),
  ru: datesOnly(chrono.ru.createCasualConfiguration()),
  zh: datesOnly(chrono.zh.hans.createCasualConfiguration()),
  ar: datesOnly(chrono.ar.createCasualConfiguration()),
};

/** The options every parse uses: the patterns above are compiled for these and no others. */
export const CHRONO_OPTION = { forwardDate: true } as const;
