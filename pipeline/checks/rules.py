"""Checks of one translation against its English: what machine translation breaks in medical text.

Each check is a small pure function ``(english, translation, lang, glossary)``
that returns the problems it sees as one-line messages. Its first docstring
line is the title a clinician sees; its severity decides whether it blocks:
an ERROR blocks approval and publishing unless a reviewer overrides it with a
reason, a WARNING is shown. :data:`CHECKS` is the registry, on one screen at
the bottom of this module; :func:`run_checks` runs them all.

What each language writes for negations, units, question marks and so on
lives in :data:`LANGUAGES`, one readable table per language. A language not
in the table still gets every check that needs no language data.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import html
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol

from pipeline.checks import language_id, lexicon
from pipeline.checks.glossary import Glossary, Term
from pipeline.checks.severity import Severity
from pipeline.core import units
from pipeline.core.languages import language
from pipeline.core.text import CONTROL_CHARACTER
from pipeline.source.document import inline_tokens

# Raise it with every change to a check's code that could change its findings on the
# same words: approvals record the checks' fingerprint (below), and an approval made
# under other checks has them run again on its words before it is published.
RULES_VERSION = 148  # 2: numbers read as values, periods, limits, meals, negations counted; 3: hidden, ½;
# 4: a "without" alone does not keep a "not", a unit swapped within its kind; 5: Chinese 零点五 and 一个半;
# 6: a capital letter O among digits ("4O"), strokes drawn through letters, a "not" kept only as a "without" (warning);
# 7: the English's addresses kept (markup), and the kept ones neither Latin words nor length
# 8: age limits (under 12, 65 and over) held, and years allowed beside them; two to twelve written as words
# before "times" (tres veces) read as numbers the translation adds
# 9: Chinese numerals before 次 read so too; a Chinese drug name inside another's (吗啡 in 氢吗啡酮)
# 10: a period swapped beside an age in years; a Chinese period counts only in the numeral's clause
# 11: Chinese numerals written digit by digit (一一〇, 110) and with a 零 (一千零五, 1005) read right
# 12-22 (one session, in steps): what the English counts in words ("two tablets", "twice") compared with
# what the translation counts in words, Arabic duals, Chinese numerals or digits, with the counts the
# English implies or makes allowed; eleven and twelve in words; no count in dates, times, ages, names
# 23: the Arabic accusative قرصًا (after eleven to ninety-nine) is a tablet
# 24: a number the English implies ("every second day", "a double dose") counts only what it implies
# 25: a day's total not allowed where the translation says how often (without splitting the total: 分两次)
# and lacks the English's count: "one tablet twice a day" written "dos comprimidos dos veces al día" fails
# 26: the split words 分为, 分成, chia thành; a number the English also says otherwise is no implied one only
# 27: (a reading of "one" beside a day's total, reverted); 28: a number naming something ("type 2") excuses no count
# 29: the English's "every N hours" said in the translation is how often, as times are: a day's total beside it is
# the dose changed ("tres comprimidos cada ocho horas" fails) unless in a clause of its own with a word for the day;
# a dose counted allows only its own totals
# 30: prescription shorthand counted ("2 viên/lần", "2 lần/ngày"; "1/2 viên" is half a tablet); a day's total beside
# the dose counted stands only in a clause that makes it a day's, not beside how often
# 31: full-width and fraction slashes (1片／次, 1⁄2) are slashes; "/ día" with a space and Chinese "/日口服" read
# 32: Turkish distributives count as their number ("ikişer tablet", two tablets each time)
# 33: Chinese 颗/顆 and 锭/錠 count tablets (每次两颗, 每次一錠)
# 34: Greek adverbs of times before a word for the day or week ("δις ημερησίως", twice a day)
# 35: English numbers thirteen to ninety-nine in words ("twenty-one days": 21, and no loose "one")
# 36: "once" said in a clause with a word for the day counts one time ("una vez al día", 每日一次)
# 37: 颗 counts tablets only where no other noun follows (not 两颗牙齿, two teeth), in either Chinese script; Greek
# "δισ"/"δισκ" after a number are tablets, not "twice"; the adverbs before more words for the day, week and month
# 38: the English's counts added up allowed as a total only: in a clause with a word for the day or a total, or
# before a colon ("dos comprimidos por la mañana y uno por la noche" fails)
# 39: "once" only right beside a word for the day (the day before it where the language puts it there), Chinese 一次
# only right after a day; English numbers thirteen to ninety-nine count what follows them ("twenty-four hours"), also
# in "every twenty-four hours"; a loose "one" adds to the one thing taken, whatever periods the English counts
# 40: a fraction of one digit over a larger one is its value ("1/2 viên" is 0.5, as ½ is), in the numbers check too
# 41: a second reader's findings: a loose "one" adds to nothing where the English counts a period too (as before 39);
# "twenty‑one" with Unicode hyphens; δισ no tablet; 一天 after a Chinese numeral no day; "one tablet daily" is once a
# day; Persian "روزی یک بار مصرف کنید" and یک‌بار, Vietnamese "ngày một lần" (PER_DAY) read; 颗 before how a pill is
# taken; a total before a colon only in a short clause, and not where another clause counts it; PER_DAY: Greek
# "καθε ημερα" and "ανα ημερα" (37), Vietnamese "trong ngày" not before "đầu"/"thứ" (39)
# 42: a sum of the English's counts refused only as one part of the day or one dose (a clause with a time of the day,
# a meal, bedtime, "now" or how often, and no word for a total: lexicon.TIME_OF_DAY, TOTAL), not wherever no word for
# the day is; loose numbers only after "and", "plus" or a comma, adding to the one thing taken whatever periods the
# English counts; words for a total (TOTAL: "in tutto", 共, "un total de") among the day words
# 43: a reader's probe of 42: a loose English number adds only before a time of the day, a weekday or a later time
# (not "one more after four hours if the pain continues"), also after "then" and "another"; TIME_OF_DAY without
# words that are also others (mañana tomorrow, ora, βραδεία, geçen, tối thiểu, قليلا, الظهر the back, 尽早) and meals
# in general, with "now" (de inmediato, αμέσως, hemen, 马上 ...); TOTAL: 共 only before 服 or a count, not "tổng"
# alone, Vietnamese "chia" (a split)
# 44: the last reader's findings: a loose English number adds only before a time of the day, a meal, bedtime or a
# weekday (also "followed by", "before bedtime", "each evening", "in the late afternoon"), never before a later
# time ("one more after four hours, if ..."); weekdays are parts of a translation (TIME_OF_DAY); Arabic "بعد الظهر",
# Greek βραδινό, Spanish "cenar", "media mañana", Turkish "gecenin", Arabic "وليلا" are times of the day again; words
# that spread a total (SPREAD: "repartidos", "suddivisa", "chia") are no words for the day; today, tonight and
# tomorrow make English parts, and today and tonight are parts of a translation
# 45: a final probe: "10 mg daily", "each morning", "at bedtime" implied once a day; "immediately" no time of the day;
# "ánh sáng" (light) no morning; Vietnamese "cách ngày một lần" (every other day) no once a day
# 46: a reader's review of 45: once a day implied by "one tablet daily" only (not "10 mg daily", "each morning", nor
# "8 tablets a day", a limit, beside which "una vez al día" for "twice a day" passed); "immediately" a part again
# 47: a weekday said as a habit ("every Monday", "on Mondays") is weekly: "todos los días" for it is a swap, and no
# longer a mention of days; it must be named, or the week; "once" beside a word for the week; a unit kept sentence by
# sentence; "daily" words name the day; a count of two to ten in words dropped where the translation has no number
# above one
# 48: how a language says "painless", "lie still", "closed", "unless" ... with a negation (no duele, 不营业) adds
# none beside them, once each (lexicon.SAID_WITH_A_NEGATION, SAID_WITHOUT_A_NEGATION); Turkish "hatırlar hatırlamaz"
# none; "outside these hours" no length of time; "lúc 8 giờ sáng" for "8am" no hours counted; "on Sunday evenings"
# weekly; no sentence ends at "μ.μ. έως"; the weekdays check (each weekday the English names, and no other); a time
# moved to the other half of the day (numbers)
# 49: a weekday said as a habit beside a translation's "every day" the English does not say ("cada día, empezando el
# lunes"; also where the English counts weeks); "todos los días", "tutti i giorni" are daily words; the half of the
# day sentence by sentence too; "every other" said without a two or a word for it (numbers)
# 50: "16:00 h" for "4pm" no hours counted; lexicon.EVERY_OTHER's
# words tied to their period; 每天从周一开始 every day; "every day" as a habit or rate only (lexicon.EVERY_DAY), not
# "rutina diaria"; an hour marked a.m./p.m. ("8 p. m.") in the other half; 晚间, بعدازظهر; "every day" beside
# "every other" of any period; both judged in their own sentence; "7:30 p. m." is 19:30
# 51: half of a dose dropped or added (lexicon.HALF, HALF_A_DOSE; numbers); "one and a half" is 1.5; an hour the
# English has in both halves marked a.m. (or p.m.) each time the translation gives it
# 52: a half of time stands for no half of a dose (lexicon.HALF_OF_TIME), nor a .5 the English has; "by half", "take
# half"; morning against afternoon, evening or night (polarity: "in the morning" written "por la noche")
# 53: the parts of the day read apart from the other opposites, not where the English tells the time by the clock,
# the translation names the part elsewhere, or the night is 1 to 5 o'clock; no meals; a split forbidden in its clause
# excuses no half, nor an English .5 the translation has too; words that only hold a half (半乳糖, "medio ambiente")
# 54: a length of the hour's number ("durante 8 días") is no time of that hour (both halves of the day)
# 55: breakfast is a morning, dinner and supper an evening (polarity: "con la cena" for "with breakfast"); midnight
# ("منتصف الليل", "gece yarısı", "نصف شب", "ਅੱਧੀ ਰਾਤ") is no evening
# 56: doses moved between the parts of the day ("1 in the morning and 2 at night" with the 1 at night; lexicon.CLAUSE_JOINS)
# 57: Arabic "8 م", "8 ص" and Persian "۸ ب.ظ.", "۸ ق.ظ." read as p.m. and a.m.
# 58: doses moved: only amounts of a dose (no length, age, range of them or type), a clause that is only a part of the
# day gives it to its neighbour, Arabic و before a dose and duals; اللیل (night) read again, as folded; Greek "πριν
# από τον ύπνο", Persian "پیش از خواب", Turkish "sabahları"
# 59: the dose taken at the other part of the day (lexicon.DOSE_VERBS): "Take it in the morning, so that you do not get
# up at night" written "Tómelo por la noche, para no levantarse por la noche"; "yatmadan bir saat önce" negates
# nothing; "estatina" is the English's "statin"
# 60: the dose's part of the day, after a second adversarial reader: not where the translation names the English's
# part in a clause not negated; sentence for sentence; purpose words split clauses; "take care" takes no dose
# 61: a semicolon ends what a verb takes; amounts judged where the English gives amounts with both parts, placed or not
# 62: after a review: "at most" negates no clause (as meant at 60), nor 不论, 不管 or Arabic إلا, for when a dose is
# taken only (lexicon.WHEN_NOT_NEGATED); 以免 adds no negation the English lacks (lexicon.LEST); "-madan ... önce" with
# a length between only; joins not inside a word (ਉੱਪਰ); an Arabic "2 م" for "2 m" is a metre; "estatina" Spanish only
# 63: "instead of" (lexicon.INSTEAD_OF, English "rather than"): a clause's parts of the day are those before it
# 64: a clause of a reason or a purpose (lexicon.REASONS: "as it may keep you awake at night", "ya que", 以便) says
# not when a dose is taken; English clauses also part at "as it", "since it", "to reduce", "otherwise"
# 65: "no later than" negates nothing ("a más tardar", 最晚) and is "before" ("no earlier than" "after"); "before
# noon" is a morning; بعد الظهر, "بعد از ظهر", "öğleden sonra" (afternoon), 最后 (last), 然后 (then) are no "after"
# 66: bare 早, 晚, "sáng", "tối", "chiều" before a dose or alone are parts of the day ("早2片，晚1片", "Sáng uống 2
# viên"); Chinese doses part without a comma before the next one's part of the day (早上服2片晚上服1片)
# 67: after an adversarial reader: "and", "or" go on with a reason (lexicon.AND_OR); a reason that takes the dose says
# when where nothing else does; a reason is never bare; not "vì vậy", "یک تا دو", "para cenar", "حتى الصباح";
# "otherwise" parts a clause before a new one only; "early in the day" in the translations' mornings
# 68: taking off what was applied is not when the dose is taken (lexicon.REMOVAL_VERBS: "remove it at bedtime",
# "lo tolga", 撕除); Arabic و parts a clause before such a verb (وانزعها)
# 69: after an adversarial reader, "no later than" is a negation again, kept by the translations' "at the latest"
# ("a más tardar", 最晚, "en geç"), as "at most" keeps "no more than", and no timing pole; 然后 and the 最后 of an
# order are "after" again (not 最后一剂, the last dose, nor 午后, afternoon)
# and the shorthand of RULES_VERSION 66 is read one clause at a time, at its start (lexicon.SHORTHAND_PARTS_OF_THE_DAY);
# Chinese doses part after mg and ml, across a space or slash, and Vietnamese ones without a comma
# 70: a sentence's part of the day is held though the translation names it in another sentence, where its sentences
# are seen to keep the English's order (each negates and takes a dose where the English's does, not all alike)
# 71: after a blind reader: "yatmadan hemen önce" (just before bed) and Turkish "-mediyse" for "unless" negate
# nothing the English lacks, nor does a translation of "skip" (不必补服, "no la tome")
# 72: after a reviewer: reasons read in folded text (Persian with Arabic ي); the Vietnamese join only before a new
# dose (not after "uống", nor in "liều buổi tối"); 毫克 and 0.5 in the shorthand (lexicon.ZH_DOSE_MEASURES, one list);
# "sokun" (insert) and انزعاج (discomfort) remove nothing; "a primera hora de la tarde" is no morning; "not later
# than" is no "after"
# 73: a clause that says "one" (lexicon.ONE: "una la sera", "ένα το βράδυ") is no bare part of the day
# 74: after a second reviewer: sentences are seen in order only where no two are alike; Arabic لئلا is no reason (it
# folds to ليلاً), لأن a whole word; Vietnamese doses part after an ampoule and before "buổi"; grams in Chinese
# shorthand; joins match Persian typed with Arabic ي and ك
# 75: the halves that are no dose's (halves of time, "nửa kia", "نصف روز", "ਅੱਧੀ ਉਮਰ") in lexicon.HALF_OF_TIME only, no
# longer also in lookaheads of the Vietnamese, Persian and Punjabi HALF_A_DOSE patterns
# 76: a rate's period after a slash ("5 mL/h", "mg/kg/hr") named in the translation, by the symbol or a word
# 77: after a probe: "Do not take more than 8" is a limit (不少于 turns it round), over and under a measure of the
# body ("over 38°C") are a level and a quantity; Turkish "-den az", "altında", "almayı kesin", Arabic يقل, ابدأ,
# استمر, Vietnamese dưới/trên before a number, Italian sotto/sopra, Persian زیر, Chinese 停服, 加量, the verbs subir,
# ανεβάζω, yükseltmek, nâng
# 78: a double (lexicon.DOUBLE: "una dosis doble", 双倍) where the English says no two fails counts
# 79: a time with minutes in a sentence that tells the afternoon (and not the morning) is the afternoon's ("4:30 de la
# tarde", 下午4:30), Arabic م and Persian ب.ظ after a time mark the afternoon, 12点30分 counts no minutes
# 80: 需要 before a length of time ("takes 20 minutes") and Vietnamese "mũi tiêm" (the injection) are no instructions
# 81: after a review of 76-80: a rate's period checked beside a length in the same unit and against another period
# after a slash; a double only in a sentence of a dose (not 加倍小心); a measure's side said with either kind of word
# passes; "don't take more than"; a time moved to the afternoon only by the words right beside it, and not when the
# English wants it as written
# 82: after a second review: a measure's side is the one of the word governing its number ("fiebre alta de menos de
# 38": less), not any word of the sentence; the English's "7:30 in the evening" is 19:30 and the words before a
# translation's time tell its half too ("Akşam 8:30'da"); a rate's other period only after a slash or beside its
# number; a double only beside a dose
# 83: after a third review: the clock as at 81 (reading the English's "in the evening" and the words before a
# translated time made morning and evening doses errors everywhere); a measure's number the copy a unit follows,
# Turkish postpositions after it, numerals without digits judged by the sentence, 超过, "üzerine"/"altına"; a rate's
# slashed period only beside its number, a decimal rate read, "/MİN" no crash; a double within four words of a dose
# 84: after a sweep of 297 correct translations: words comparing a number (lexicon.THRESHOLDS) read only beside
# their number, for the English's "over 38°C" and "more than 8", never as a sentence's more or less; a double beside
# a word of care is none (lexicon.DOUBLE_CARE); أبدًا (never) is no ابدأ (start); a rate's other period only after a
# slash beside its number (words there are too often others')
# 85: after a second sweep: a period the English has as a rate of its own is no other ("10 mL/h ... 100 beats/min");
# a pulse in beats and a blood pressure ("under 140/90") are measures
# 86: after a last review: a double's word of care only right next to it; Chinese 以上/以下 after their number, and
# each number's words up to the next number; a rate's copy of its number the one its own measure follows; Arabic
# ابدأ only before what is started
# 87: a reread: thresholds and doubles cut clauses with the one _CLAUSE_BREAK the other checks use (it also breaks at
# brackets and dashes), and the rate check reads the periods after a slash with one regex
# 88: a rate's period after a slash in the language's words or shorthand ("ml/minuto", 毫升/时); ages in months or
# weeks ("babies under 6 months") held like ages in years
# 89: an "at most" that says the English's own "up to" keeps no "not"; polarity holds at most/at least where the
# English does not negate, and a course turned round by a negation ("No deje de tomarlo" for "Stop taking it");
# conditions' names (无力, بی‌هوشی, غير طبيعي) no negations; "lo antes posible", "detenidamente", διακοπές no poles
# 90: a weight limit held as a threshold ("under 40 kg" written "más de 40 kg"); ".5" read as 0.5
# 91: a number that counts times in the translation and not in the English, or a length of time where the English
# counts times ("for 5 days" as "5 veces al día")
# 92: the negation of an "unless" ("a no ser que", "-medikçe") keeps no "not" of the English's
# 93: at most and at least in Arabic, Persian and Punjabi (الحد الأقصى/الأدنى, حداکثر/حداقل, ਵੱਧ ਤੋਂ ਵੱਧ/ਘੱਟੋ ਘੱਟ)
# 94: 早8点 and 晚8点 tell the half of the day; a quarter of a dose the translation does not say
# 95: after a review: a course turned only by a negation right before its word; doses are times and a dose spread
# over the day's parts is said how often; a number compared both ways is no threshold; an at most is the English's
# "up to" only before its number; 早/晚 only before an hour told; a rate's period within its clause; Greek folded;
# Punjabi limits before more and less; أربع is no quarter; a translation's ".5" is 5; 25 % is a quarter
# 96: after a second review: a course word negated within its clause only (modals and verb-final negations left to
# the negation check, and no opposite word read as turned); doses in the English say how often; an at most on a
# number both limits govern is no "up to"'s; 无效 no negation
# 97: "unlikely" said as a low likelihood ("olasılığınız düşüktür", 可能性很小) keeps it
# 98: the English's capsules and pills counted as its tablets are ("2 capsules 3 times a day" swapped fails)
# 99: Vietnamese "vào" before an hour tells the time ("vào 21h30"), as "lúc" does
# 100: micrograms, grams, kilograms, international units and pounds are units the translation keeps (spelled in its
# words too: "400 IU" as "400 microgramos", "40 kg" as "40 libras" fail); milligrams, millilitres and the others the
# English spells out allow their symbols ("500 milligrams" as "500 mg")
# 101: an "up to N" of a dose or of how often said as no limit ("up to 4 times a day" as "4 veces al día")
# 102: sachets and puffs (sprays, inhalations) counted as tablets are ("1 sachet 2 times a day" swapped fails)
# 103: a course's length and how often turned into each other where either side counts in words ("for five days"
# as "5 veces al día")
# 104: "after food" written "on an empty stomach" ("Tómelo en ayunas", 空腹服用), and an empty stomach written "after"
# 105: after a review: a dose per kg or mL excused only where its clause names the measure; Vietnamese "8g" is a time,
# a needle's "25G" no gram; IU only international units (not a pack's "30 unidades"); kg not kilometres; an "up to"
# kept in its own sentence; parts of the day count times; a dose said as times only where not counted so
# 106: a quarter of a dose said as three quarters, and three quarters as a quarter ("un cuarto" for "three quarters");
# a quarter of an hour is no quarter of a dose ("un comprimido un cuarto de hora antes" for "a quarter of a tablet");
# Greek ώρας is an hour
# 107: a puff or dose the translation counts with its word for one is not said as times ("una inhalación dos veces
# al día" for "two puffs once a day")
# 108: a Persian range's تا ("۲ تا ۳ بار") keeps no "up to"
# 109, 110 (reverted in 111): a digit of the English said in words counting the same thing passed; two adversarial
# reviews found 166 and then 181 dangerous translations it let through (what else the sentence says is not read)
# 111: Spanish and Greek hundreds and thousands, Punjabi ਸੌ and ਹਜ਼ਾਰ, join a number word to a larger number; a
# digit the translation says in words is named in the finding ("check what the words count, then write the
# English's digits"); Persian تا a whole word; a hyphenated "three-quarters"; a quarter of an hour in more forms
# (ενός τετάρτου της ώρας, بربع الساعة, 四分之一个小时, ਘੰਟੇ ਦਾ ਚੌਥਾਈ); ਪੌਣੇ no three quarters; 0.75 and 75 % no
# three quarters; one puff read only in a sentence that says how many times, and not after "each"; in Arabic after
# its noun (بخة واحدة), in Chinese before its measure word (每次一喷); the Arabic duals of sachets and puffs (كيسين, بختين)
# and Persian میلی‌لیتری (of millilitres) and Punjabi ਮਿ.ਲੀ. are millilitres
# 112: patches, suppositories (and pessaries), spoonfuls and ampoules (and vials) are counted as tablets are, and
# lozenges and pastilles as tablets ("Aplique dos parches" for "Apply one patch"); a counter word between a number
# and what it counts is read through ("iki adet tablet", "دو عدد قرص"); Chinese 片 before 贴 counts patches
# 113: "Keep out of the reach of children" keeps its "out of" ("al alcance de los niños" is within their reach),
# and a negation beside it adds none; the spoon in the pack and gauze dressings counted as the English counts them,
# a counter word read through only to a dose form, more Arabic duals and Chinese measure words, no blood sample a
# dose; not Vietnamese miếng, ống, lọ nor Chinese 支 (a piece, a syringe, a bottle, a pen)
# 114: a teaspoon is no tablespoon (polarity: "una cucharada" for "one teaspoon", three times the dose)
# 115: a second reader's findings: Persian suppositories counted; "out of reach" names reach itself ("out of your
# child's reach", not "run out of tablets and need to reach"); which spoon read through ("iki çay kaşığı"); an age
# beside lozenges; spoon words ("cucchiaio da caffè", 一小汤勺, 一大汤匙); a sample "of your blood"; 贴, 枚, 勺, 匙
# Chinese dose measures
# 116: a tablet swallowed whole is not chewed or crushed, and back (polarity "chewing")
# 117: "chewing" held only where neither side negates; "take" verbs say whole; "the whole tablet"
# 118: Persian نجوید, نبلعید, نریزید, نشکنید (do not chew, swallow, throw away, break) are negations
# 119: a weekly dose made daily where the translation keeps the week ("una vez al día, el mismo día cada semana")
# 120: the drug taken instead of another turned round ("ibuprofeno en lugar de paracetamol")
# 121: an adversarial reader of 119: "weekly" as an adjective sets no rate; "of the day" speaks of no days; a day
# named is no every day ("al día siguiente", "estén al día", "aynı günde", "một ngày cố định", 次日服用, 同一天一次)
# and readers of 120: the drug put aside stands right beside "instead of" and the other side takes the English's;
# "instead of it" (lexicon.INSTEAD_OF_IT); anzichè, بدلًا, بجای, 替代; not "yerine getirin", ਦੀ ਥਾਂ, ਦੀ ਜਗ੍ਹਾ
# 122: a negation added to the condition of a negative instruction ("No lo tome si no está embarazada"); Arabic
# ولا سيما (especially) and Punjabi ਨਹੀਂ ਤਾਂ (otherwise) negate nothing
# 123: a second reader of 122: a turned condition is a warning (negations: paraphrases say conditions the other
# way round); "unless" ends a condition, one opening its sentence ends at a comma only, conditions read ignoring
# case (ਤਾਂ, thì, فلا end one); a weekly dose beside another instruction, "weekly and", a counted daily rate with
# its named-day exclusions; the drug put aside is any of the list the English takes
# 124: a reader of 123: "dopo", "μετά" are the next day only before a new clause or the end (a rate "after a meal"
# was missed); condition ends ignore case; "excepto que", "eccetto che", "ਜਦੋਂ ਤੱਕ", "trừ phi" end one; not 例如您,
# "در صورت"; Persian "در روز بعدی"
# 125: Arabic غير ذلك (otherwise), غير ضار (harmless), غير مؤلم (painless) no negations; control characters
# (a vertical tab, an escape) hidden; a unit swapped is quoted with its whole number ("0,5 g", not "5 g")
# 126: a second reader of 125: U+0080-U+009F hidden; وغير مؤلم, وغير ضار no negation; Arabic and Persian
# decimals quoted whole
# 127: a probe of 899 pairs: opposites held where only the translation negates (but an opposite negated near
# it); "keep taking" no excuse for any negation; left/right; one and a half for a half and back; litres; meals
# (estómago lleno, lejos de las comidas, 饱腹), limits (como mucho, không quá, non più di), Italian alzi/abbassi
# 128: a pole said as its opposite negated adds no negation ("No conservar a temperatura superior a 25 °C"), where
# nothing lies between them (before/after, at most/at least, safe, required, meals; high/low beside a number)
# 129: a second probe: "38°C or higher" (a threshold after its number), Fahrenheit in words for °C, the small hours
# (بامداد, ਤੜਕੇ, فجرًا) for p.m., Persian units of two words with a space; Taiwan's 毫莫耳 and 約莫, Punjabi ਮਿ.ਗ੍ਰਾ.
# 130: urgency (straight away / tomorrow, next week); a drug moved to another sentence; the "not" of an instruction
# moved into its condition ("If you have asthma, do not take ibuprofen" as "if you do not have asthma, take it")
# 131: a glossary drug in Arabic script starts a word or follows a clitic (ال, بال, و): الدیامورفین is no morphine
# 132: a second reader of 127 to 131: an opposite negated excuses its own negation only, not one of forgetting or
# stopping (No olvide ... después); in the clause in vi, ar, zh, fa, tr, pa; a .5 strength is no one and a half;
# "only" beside the "if"; 坚持 continues; "keep wearing" excuses a negation again; ਲਿਟਰ
# 133: a second reader of 132: an opposite negated within four words in every language (the whole clause took a
# negation of another verb for it); a threshold and a level word counted once; "keep wearing" excuses none again
# 134: a negative word in the condition ("If your blood sugar is low") excuses no negation of the instruction; an
# "only" excuses a negation only with an exception or an "only" in the translation; "fails to stop" negates its stop;
# an "if needed" of a dose dropped (numbers); "with food" written "before meals"; "two tablets" written "un comprimido";
# the anticoagulants' and other stems shaped as drugs, compared as the languages spell them (hidroxizina, hydroxyzine);
# a second reader's: "fails to" excuses only a course word it negates; "más de" and "than" excuse an "only", "otra"
# alone not; "if needed" kept by phrases of need or a "when", not "necesita tomar"; "before meals" as a phrase;
# numbers swapped between sentences; "at least" held as a threshold, "hasta" before its number; a side dropped; a
# number word beside a part of the day; a second reader's of those: "fails to" counted, "if needed" phrases, not a
# bare "when"; a "more than" after a negation; drug names compared on seven letters, Turkish spellings; 阿莫西林;
# "lower" a dose is less; a third reader's: "ninguna otra" no exception; a side of the body only; swaps per copy;
# a course word negated after it in Persian and Punjabi ("قطع نکنید", "ਬੰਦ ਨਾ ਕਰੋ" for "Stop taking it")
# 135: dry and wet held as opposites ("Keep the dressing dry" written "Moje el apósito"), a wet word refused saying dry;
# Turkish "-maması" and the Persian "از ... خودداری کنید" (refrain from) negate; doses given "then" turned round; a
# skipped dose's skipping refused ("No se salte la dosis"), a state's keeping refused ("No mantenga la herida limpia"),
# a lessening refused ("No reduzca la dosis"); an "only" of an instruction dropped; "a menos que" is no "less"; a second
# probe's: more ways of "only", refusals beside an English "only" or "unless" held not, "después de" no "then"; a
# second reader's: a "do not" over a list, refusals within their part of the clause, the English's own pole refused,
# "then" between the doses
# 136: a third reader's: refusals of a phrase and "do not let" over a list again (only the two words after a word stop
# at "and"), Turkish "önleyin" only after a verbal noun, no own pole refused beside an exception, "then" before the
# later dose, "2,5" no 5, Vietnamese ẩm and 漏服, تفوّت back
# 137: a fourth reader's: a "do not let" over a list of nouns only (an article after the joining word), never over
# another instruction; Vietnamese "tránh" alone no "do not let", ẩm damp only as "nơi ẩm", "luôn ẩm"; an exception
# excuses a refusal in its own clause only; "then" between the doses again, numbers placed by their tokens
# 138: a fifth reader's: the new ways of "only" in lexicon.ONLY_SAID, read by the only-dropped check alone (EXCEPT as
# before 135: "ancak" is also "but"); an "only" dropped not called so where the translation negates; a "do not let"
# not over an instruction or "then" of its own, Arabic و on a verb; "unless" no exception for a refusal, an "only"'s
# across a comma; an English "prevent", "keep from", "wait" refuses its pole; a verb-final language's negation before
# a word no refusal of it, nor a "without"; Turkish -maması only in the dative; no "then" read through an "after"
# 139: an Arabic ف written onto any word starts another clause ("لا تدع أحدًا يقلقك فالقيادة آمنة")
# 140: a negation of the instruction where the English's only negative words are in its purpose or reason ("No use
# las medias para prevenir coágulos" for "Wear your stockings to prevent clots"), not a "do not take it off"
# 141: a probe's: "to protect" a purpose, Italian "per ridurre", Arabic ل on its noun (لمنع), Chinese 以/为 before the
# verb (以预防, 为避免) and 以防 open purposes; 脱下 (take off clothes) a removal verb
# 142: a second reader's: a dose lessened, left out or something kept only in the English's purpose ("Keep your leg
# raised to reduce swelling") is no instruction a translation's refusal turns round ("No baje la pierna, para
# reducir"); a reason after its instruction goes on to the sentence's end; only a refused removal excused, and only
# for "wear"/"keep on"; a "to" a word asks for only before the purpose's verb; "without" no refusal; "to help
# prevent", "so you do not" purposes
# 143: Turkish and Punjabi purposes ended by their postposition ("Pıhtıları önlemek için", "ਥੱਕੇ ਰੋਕਣ ਲਈ") read by the
# purpose rule (lexicon.PURPOSE_ENDS)
# 144: a third reader's: Chinese 以/为 and Arabic ل purposes read by the purpose rule alone (lexicon.PURPOSE_OPENS), not
# cutting a condition ("如果您没有服药以降低血压" turned round fails again); "avoid" said by a verb (lexicon.AVOIDING),
# "stay out of", "slowly", "keep taking" no instruction turned round; "do not take them off" three words from its
# negation; a reason's "not" said in a sentence of its own
# 145: a fourth reader's: no "avoid" verb excused (lexicon.AVOIDING gone: "Evite usar las medias" fails); the purposes
# of lexicon.PURPOSE_OPENS and PURPOSE_ENDS cut for the parts of the day too, and beside a reason the tables read
# (rules._reasons_of); "do not take them off" in its own clause, two words from its negation past clitics; the refused-
# opposite instructions narrowed; an English "should not" in a reason is an instruction's (no sentence count)
# 146: a fifth reader's: "do not take them off" read clause by clause of the rest as written (its breaks kept), clitics
# by language; only a "should not" after the reason's "and" is an instruction's; "stay inside", "get out of bed slowly"
# 147: a sixth reader's: that "and ... should not" read on the whole English (the clause reading drops the "and"); not
# "stay in" any place ("No permanezca a la sombra" fails); a purpose's sentence end kept where it is left out
# 148: the sentence count 145 meant to drop, dropped ("No beba mucha agua. Hágalo para que no se deshidrate." fails)


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    message: str


# -- per-language data --------------------------------------------------------
#
# Patterns are matched against words after folding (lower case, accents and
# Arabic vowel marks removed, so "Día" = "dia", "لاَ" = "لا"):
#   "no"            the word itself
#   "nunca*"        a word starting so;  "*ساعة" a word ending so (Arabic clitics: بالساعة)
#   "*miyor*"       a word containing it (Turkish negative verb forms)
#   "poco probable" consecutive words
# In languages written without spaces (Chinese) every pattern is a substring.


@dataclass(frozen=True)
class LanguageData:
    script: str  # first word of the Unicode names of its letters: LATIN, CJK, ARABIC, ...
    negations: tuple[str, ...]  # counterparts of not / never / unlikely / unable / avoid
    units: Mapping[str, tuple[str, ...]]  # unit (as in ENGLISH_UNITS) -> accepted forms
    # Phrases that hold a negation word but do not negate ("no obstante" = nonetheless):
    # they must not stand in for a dropped "NO".
    false_negations: tuple[str, ...] = ()
    spaced: bool = True  # False: words are not separated by spaces
    # Keep combining marks when folding where they tell words apart: Vietnamese
    # chưa (not yet) / chữa (cure), Gurmukhi ਨ / ਨੂੰ (vowel signs are marks).
    keep_marks: bool = False
    cased: bool = True  # the script has capitals, so emphasis may be written in capitals
    question_marks: str = "?"
    sentence_ends: str = ".!?:;…"
    length_ratio: float = 1.0  # typical length of a translation over the English length
    variant_chars: str = ""  # characters that mark the other Chinese variant (see _CHINESE_VARIANTS)
    # Words of an unspaced language that hold a unit's character without naming the unit
    # (周围 "around" holds 周 "week"): set aside before units are looked for.
    unit_lookalikes: tuple[str, ...] = ()
    # Negations told from another word by their accent alone, looked for in the text as written
    # (lower case): Italian "né" (nor), which folded is the pronoun "ne" ("se ne ricorda").
    accented_negations: tuple[str, ...] = ()
    # Counterparts of "without" among the negations ("sin", "senza"): in "Do not take it without food"
    # the "without" stays when the "not" is dropped, so alone they do not keep that "not".
    without: tuple[str, ...] = ()
    # Words for years that only tell an age (tuổi, yaş, 岁): they say an English "years", and a
    # number before them is no count of years the English lacks ("từ 6 đến 12 tuổi", "6 to 12").
    age_words: tuple[str, ...] = ()
    # Characters that, glued before or after a drug's name in an unspaced script, make another drug of
    # it (吗啡, morphine, inside 氢吗啡酮, hydromorphone), each with the English parts that say it ("hydro").
    drug_prefixes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    drug_suffixes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# Latin-script forms any language may use for these units.
_COMMON_UNITS: dict[str, tuple[str, ...]] = {
    "minute": ("min",),
    "hour": ("h",),
    "mmol/L": ("mmol*",),
    "mcg": ("mcg", "µg", "μg"),
    "mg": ("mg",),
    "kg": ("kg",),
    "mL": ("ml", "cc"),  # "5 cc" (Vietnamese writes it for mL)
    "L": ("l",),
    "IU": ("iu",),
    "lb": ("lb", "lbs"),
}

# 最多 / 至多 (at most) say "no more than" without a 不.
_ZH_NEGATIONS = ("不", "没", "沒", "别", "別", "勿", "无", "無", "非", "未", "否", "莫", "禁", "避免", "切忌", "最多", "至多",
                 "以免", "免得",  # lest (lexicon.LEST)
                 "最晚", "最迟", "最遲")  # at the latest: "no later than" without a 不

# however, very, regardless, future, different, continually
# discomfort, adverse (reaction), unwell, otherwise, whether, non-steroidal.
# Not where they start a real negation: 不过敏 (not allergic), 不同意 (do not agree),
# 不适合 / 不适用 / 不适宜 / 不适于 (not suitable).
# especially, respectively, other people, other, difference, individual, over-the-counter,
# sterile, soon, quite a few, have to, under (an age), under (an age, before its number).
# 莫 of drugs' names (阿莫西林 amoxicillin, 莫西沙星 moxifloxacin, 莫匹罗星 mupirocin) is no negation
_ZH_FALSE_NEGATIONS = ("re:不[过過](?!敏)", "莫耳", "約莫", "约莫", "re:阿莫|莫(?=[西匹沙索达達罗羅])",
                       "非常", "无论", "無論", "未来", "未來", "re:不同(?!意)", "不断", "不斷",
                       "re:不[适適](?![合用宜于於])", "不良", "不舒服", "否则", "否則", "是否", "非甾体", "非類固醇",
                       "特别", "特別", "分别", "分別", "别人", "別人", "别的", "別的", "区别", "區別", "个别", "個別",
                       "非处方", "非處方", "无菌", "無菌", "不久", "re:不少(?![于於])", "不得不", "未满", "未滿",
                       r"re:不[满滿](?= \d)",
                       # what symptoms and conditions are called: weak, infertile, unsteady, restless, unconscious,
                       # blurred sight, difficulty passing urine, unable to sleep
                       "无力", "無力", "不孕", "站立不稳", "站立不穩", "坐立不安", "不省人事", "视物不清", "視物不清",
                       "排尿不畅", "排尿不暢", "睡不着", "睡不著", "无效", "無效")  # and ineffective

# hydro-, hydroxy-, dihydro- (two ways), nor-, acetyl-, diacetyl-, methyl- (Simplified and
# Traditional); -one, -ol.
_HYDRO, _HYDROXY, _DIHYDRO, _NOR = ("hydro",), ("oxy",), ("dihydro",), ("nor", "desmethyl")
_ZH_DRUG_PREFIXES = {"氢": _HYDRO, "氫": _HYDRO, "羟": _HYDROXY, "羥": _HYDROXY, "双氢": _DIHYDRO, "雙氫": _DIHYDRO,
                     "二氢": _DIHYDRO, "二氫": _DIHYDRO, "去甲": _NOR, "乙酰": ("acetyl",), "乙醯": ("acetyl",),
                     "二乙酰": ("diacetyl",), "二乙醯": ("diacetyl",), "甲基": ("methyl",)}
_ZH_DRUG_SUFFIXES = {"酮": ("one",), "醇": ("ol",)}

# around, surrounding, thoughtful, whole body, age, age, date, menstruation (Simplified and Traditional);
# part, fully, respectively, ingredient, per cent (百分之五: 5%), today, tomorrow, yesterday,
# weather, natural, old age, adult, young. Not 十分 "very" nor 少年 "youth": they are in 三十分钟
# "30 minutes" and 多少年 "how many years" too (the look-alikes are taken out as they are written).
_ZH_UNIT_LOOKALIKES = ("周围", "周圍", "週圍", "周边", "周邊", "周到", "周身", "年龄", "年齡", "年纪", "年紀",
                       "日期", "月经", "月經", "部分", "充分", "分别", "分別", "成分", "百分之", "今天",
                       "明天", "昨天", "天气", "天氣", "天然", "老年", "成年", "年轻", "年輕", "青年")

# Pairs of Simplified / Traditional characters common in patient leaflets.
_SIMPLIFIED = "这个们时对会为过说发经动医疗药请进诊输镁钟头见关间让还无种样现实点将与应给该数开长东压脏针术险热觉吗么从护员问题静脉伤体肾检晕调节"
_TRADITIONAL = "這個們時對會為過說發經動醫療藥請進診輸鎂鐘頭見關間讓還無種樣現實點將與應給該數開長東壓臟針術險熱覺嗎麼從護員問題靜脈傷體腎檢暈調節"

LANGUAGES: dict[str, LanguageData] = {
    "es": LanguageData(
        script="LATIN",
        negations=("no", "nunca", "jamás", "ni", "ningún*", "ninguna*", "nadie", "nada", "sin", "tampoco",
                   "poco probable", "improbable", "imposible", "incapaz", "evit*", "contraindicad*",
                   "prohibid*", "absten*", "como maximo", "a mas tardar"),
        false_negations=("no obstante", "sin embargo", "sin duda", "no dude"),
        without=("sin",),
        units={"minute": ("minuto*",), "hour": ("hora", "horas"), "day": ("día", "días"),
               "week": ("semana*",), "month": ("mes", "meses"), "year": ("año", "años"),
               "mg": ("miligramo*",), "mL": ("mililitro*",), "L": ("litro*",), "mcg": ("microgramo*",), "g": ("g", "gr", "gramo*"),
               "kg": ("kilogramo*", "kilo", "kilos"), "IU": ("ui", "u i", "unidad* internacional*"), "lb": ("libra*",)},
        length_ratio=1.2,
    ),
    "it": LanguageData(
        script="LATIN",
        negations=("non", "mai", "nessun*", "niente", "nulla", "senza", "poco probabile",
                   "improbabil*", "impossibil*", "incapac*", "evit*", "controindicat*", "vietat*",
                   "proibit*", "astener*", "astenga*", "al massimo", "al più tardi"),
        false_negations=("non appena", "non solo", "non esiti", "finché non", "fino a quando non", "finche non",
                         "se mai", "qualora mai"),
        accented_negations=("né",),
        without=("senza",),
        units={"minute": ("minut*",), "hour": ("ora", "ore"), "day": ("giorn*", "gg"),
               "week": ("settiman*",), "month": ("mese", "mesi"), "year": ("anno", "anni"),
               "mg": ("milligramm*",), "mL": ("millilitr*",), "L": ("litr*",), "mcg": ("microgramm*",), "g": ("g", "gr", "gramm*"),
               "kg": ("chilogramm*", "chili", "chilo"), "IU": ("ui", "u i", "unita internazional*"), "lb": ("libbr*",)},
        length_ratio=1.15,
    ),
    "el": LanguageData(
        script="GREEK",
        negations=("δεν", "μην", "μη", "ποτέ", "ούτε", "κανέν*", "καμί*", "τίποτα", "χωρίς", "όχι",
                   "απίθαν*", "αδύνατ*", "δύσκολα", "αποφύγ*", "αποφεύγ*", "αντενδείκν*", "απαγορεύ*",
                   "ανίκαν*", "το πολύ", "το αργότερο"),
        false_negations=("όχι μόνο", "μη στεροειδ*", "μη συνταγογραφούμεν*"),  # non-steroidal, over-the-counter
        without=("χωρίς",),
        units={"minute": ("λεπτ*",), "hour": ("ώρα", "ώρας", "ώρες", "ωρών"), "day": ("ημέρ*", "μέρα*", "μέρες"),
               "week": ("εβδομάδ*",), "month": ("μήνα*", "μήνες", "μηνών"),
               "year": ("έτο*", "έτη", "ετών", "χρόν*"),
               "mg": ("χιλιοστόγραμμ*",), "mL": ("χιλιοστόλιτρ*",), "L": ("λίτρ*",), "mcg": ("μικρογραμμ*", "μικρογρ"),
               "g": ("g", "gr", "γρ", "γραμμάρι*"), "kg": ("κιλά", "κιλό", "κιλού", "κιλών", "χιλιόγραμμ*"),
               "IU": ("iu", "δμ", "διεθν* μονάδ*"),
               "lb": ("λίβρ*", "λιβρ*")},
        question_marks="?;",  # the Greek question mark looks like a semicolon (U+037E is ; after NFC)
        sentence_ends=".!:·…",
        length_ratio=1.15,
    ),
    "tr": LanguageData(
        script="LATIN",
        # Turkish negates verbs with a suffix (-me/-ma): yapmayın, gelemiyorsanız, yapmamalısınız.
        negations=("değil*", "yok", "asla", "hiç", "hiçbir", "olmadan", "olasılığı düşük",
                   "*mıyor*", "*miyor*", "*muyor*", "*müyor*", "*mayacak*", "*meyecek*", "*mamalı*",
                   "*memeli*", "*mayın*", "*meyin*", "*maz", "*mez", "*mazsa*", "*mezse*", "*madan", "*masın", "*mesin",
                   "*meden", "*madı*", "*medi*", "*mamış*", "*memiş*", "*mayan*", "*meyen*",
                   "*mamak*", "*memek*", "*maman*", "*memen*", "kaçın*", "kontrendike*", "yasak*",
                   # the dative of "ıslanmamasına dikkat edin", "-mamaya özen gösterin": take care that it does
                   # not (not the "-maması için" of a purpose, "so that it does not"; not memesine, to her breast)
                   r"re:[^ ]+(?:mamaya|memeye|mamasina|memesine)(?= )",
                   "*mayiniz", "*meyiniz", "*madig*", "*medig*", "*amaz*", "*emez*", "*amiyor*",
                   "*emiyor*", "en fazla", "en çok", "en geç"),
        # "başlamadan önce" (before starting) is built like a negation and negates nothing, nor with a length between
        # ("yatmadan bir saat önce", an hour before bed).
        # Nor "hatırlar hatırlamaz", "gider gitmez": a verb said and then denied is "as soon as" (but "geçer,
        # geçmez ise" is "if it does not": the comma is gone from the word line, the "ise" is not).
        false_negations=("*madan önce", "*meden önce", "*madan evvel", "*meden evvel", "medikal*",
                         r"re:[^ ]*(?:madan|meden) (?:\d+|bir|iki|uc|yarim|birkac) (?:saat|dakika|gun)(?: kadar)? (?:once|evvel)[^ ]*(?= )",
                         r"re:[^ ]*(?:madan|meden) hemen (?:once|evvel)[^ ]*(?= )",  # "yatmadan hemen önce": just before bed
                         "ramazan*",  # Ramadan
                         r"re:(?P<as_soon_as>[^ ]+?)(?P<soft>d)?[aeiuo]?r (?P=as_soon_as)(?(soft)t)m[ae]z(?= )(?! ise )"),
        without=("olmadan", "*madan", "*meden"),
        age_words=("yaş", "yaşın*"),  # 12 yaş, 12 yaşından
        units={"minute": ("dakika*", "dk"), "hour": ("saat*", "sa"), "day": ("gün*",),
               # a month, not aynı (same), ayrı (separate), ayak (foot) or ayar (setting)
               "week": ("hafta*",), "month": ("ay", "aya", "ayda", "aydan", "aydır", "ayı", "ayın*", "ayl*"),
               "year": ("yıl*",),
               "mg": ("miligram*",), "mL": ("mililitre*",), "L": ("litre*",), "mcg": ("mikrogram*",), "g": ("g", "gr", "gram*"),
               # not kilo* (kilometre, kilokalori)
               "kg": ("kilogram*", "kilo", "kiloya", "kilodan", "kiloluk", "kilosu", "kiloyu", "kilonun"),
               "IU": ("iu", "uluslararası ünite*", "uluslararası birim*"), "lb": ("libre*", "pound*")},
        length_ratio=1.05,
    ),
    "vi": LanguageData(
        script="LATIN",
        negations=("không", "chẳng", "chả", "chưa", "đừng", "chớ", "khó có thể", "ít có khả năng",
                   "tránh", "cấm", "chống chỉ định", "tối đa", "khỏi phải", "muộn nhất", "chậm nhất"),
        # A yes/no question ends in "không?" ("có ... không?") without negating.
        false_negations=("re:không(?= [?？])", "không khí", "không gian"),  # air, space
        age_words=("tuổi",),
        units={"minute": ("phút",), "hour": ("giờ", "tiếng"), "day": ("ngày",), "week": ("tuần",),
               "month": ("tháng",), "year": ("năm",), "mg": ("miligam",), "mL": ("mililit", "mililít"), "L": ("lít", "lit"),
               # not a bare "g": "8g sáng", "21g30" tell the time (the symbol kept after the English's number still
               # names grams: _symbol_kept)
               "mcg": ("microgam", "micrôgam"), "g": ("gam", "gram"), "kg": ("kilôgam", "kilogam", "ký", "kí"),
               "IU": ("iu", "đơn vị quốc tế"), "lb": ("pound", "cân anh")},
        keep_marks=True,
        length_ratio=1.15,
    ),
    "ar": LanguageData(
        script="ARABIC",
        # Arabic joins و (and), ف (so), ب (with) to the next word: ولا, بدون, بعدم.
        negations=("لا", "ولا", "فلا", "بلا", "ألا", "وألا", "لن", "ولن", "لم", "ولم", "فلم", "ليس*", "لست*",
                   "غير", "بغير", "وغير", "بدون", "وبدون", "دون", "إطلاقا", "عدم", "بعدم", "وعدم",
                   "ممنوع", "يمنع", "*مستبعد", "يستبعد", "*تجنب*", "*يحظر", "*محظور*", "*موانع*", "*اقصى", "اقصاه"),
        # أبدا (never) is left out: folded it is ابدأ (start); an Arabic "never" has its لا or لم.
        without=("بدون", "وبدون", "دون", "بلا", "بغير"),
        # under the age of; abnormal, irregular; especially; otherwise (other than that); harmless, painless
        # (a statement, no "not": "Drive after the injection, it is harmless" for "Do not drive" passed)
        false_negations=(r"re:دون سن(?= \d)", "غير طبيعي*", "غير منتظم*", "لا سيما", "ولا سيما", "غير ذلك",
                         "بغير ذلك", "وغير ذلك", "غير ضار*", "وغير ضار*", "غير مؤلم*", "وغير مؤلم*"),
        units={"minute": ("*دقيقة", "*دقائق", "*دقيقتين", "*دقيقتان"),
               "hour": ("*ساعة", "*ساعات", "*ساعتين", "*ساعتان"),
               "day": ("*يوم", "*يوما", "*أيام", "*يومين", "*يومان", "*يوميا", "*يومي", "*يومية"),
               "week": ("*أسبوع", "*أسبوعا", "*أسابيع", "*أسبوعين", "*أسبوعي*"),  # أسبوعيًا, weekly
               "month": ("*شهر", "*شهرا", "*أشهر", "*شهور", "*شهرين"),
               "year": ("*سنة", "*سنوات", "*عام", "*عاما", "*أعوام", "*سنتين"),
               "mmol/L": ("*مليمول*", "*ملمول*", "ملي مول*"),
               # Exact words: "*مل" would end كامل (complete) and عمل (work) too.
               "mg": ("ملغ", "مغ", "ملجم", "مجم", "*ملغم", "*مليغرام", "*ملليغرام", "*ملليجرام"),
               "mL": ("مل", "ملل", "*مليلتر", "*ملليلتر", "*ميليلتر"), "L": ("لتر*",),
               # exact words: "*غرام" would end مليغرام (milligrams) too
               # and the accusative after 11 to 99 (ميكروغرامًا, folded without its mark)
               "mcg": ("مكغ", "مكجم", "ميكروغرام", "ميكروغراما", "ميكروغرامات", "ميكروجرام", "ميكروجراما",
                       "ميكروجرامات"),
               "g": ("g", "غ", "غم", "جم", "غرام", "غراما", "غرامات", "جرام", "جراما", "جرامات"),
               "kg": ("كغ", "كغم", "كلغ", "كجم", "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كيلوجرام", "كيلوجراما",
                      "كيلوجرامات", "كيلو"),
               "IU": ("iu", "وحدة دولية", "وحدات دولية"), "lb": ("رطل", "رطلا", "أرطال", "باوند")},
        cased=False,
        question_marks="?؟",
        sentence_ends=".!?:؟؛…",
        length_ratio=0.95,
    ),
    "fa": LanguageData(
        script="ARABIC",
        negations=("نه", "نمی*", "نیست*", "نباید", "نکن*", "نخواه*", "ندار*", "نشو*", "نشد*", "نباش*",
                   "نده*", "نگیر*", "نتوان*", "نرو*", "نخور*", "نکرد*", "هرگز", "بدون", "بی\u200c*", "غیر*",
                   "بعید", "عدم", "ممنوع", "*اجتناب*", "خودداری*", "نمان*", "ننوش*", "نزن*", "نگذار*",
                   "نبود*", "ناتوان*", "ناامن*", "غیرممکن", "منع*", "احتمال کم*", "کم احتمال*", "حداکثر",
                   # do not chew, swallow, throw away, break: whole words (نجوم, astronomy, is no negation)
                   "نجوید", "نجوند", "نبلعید", "نبلعند", "نریزید", "نریزند", "نشکنید", "نشکنند"),
        false_negations=("بی\u200cخطر", "بیخطر", "بی\u200cحس*", "بیحس*", "غیره",
                         # anaesthesia, insomnia, restlessness, abnormal, intolerance: what conditions are called
                         "بی\u200cهوش*", "بیهوش*", "بی\u200cخواب*", "بیخواب*", "بی\u200cقرار*", "بیقرار*",
                         "غیرطبیعی", "غیر طبیعی", "re:عدم تحمل(?= )"),
        without=("بدون", "بی\u200c*"),
        units={"minute": ("*دقیقه*",), "hour": ("*ساعت*",), "day": ("*روز*",), "week": ("*هفته*", "هفتگی*"),
               "month": ("*ماه*",), "year": ("*سال*",),
               "mmol/L": ("*میلی\u200cمول*", "*میلیمول*", "میلی مول*"),
               "mg": ("میلی\u200cگرم*", "میلیگرم*", "میلی گرم*"), "mL": ("میلی\u200cلیتر*", "میلیلیتر*", "میلی لیتر*"), "L": ("لیتر*",),
               "mcg": ("میکروگرم*", "میکرو\u200cگرم*", "میکرو گرم*"), "g": ("g", "گرم"),
               "kg": ("کیلوگرم*", "کیلو\u200cگرم*", "کیلو گرم*", "کیلو"),
               "IU": ("iu", "واحد بین\u200cالمللی", "واحد بین المللی", "واحد بینالمللی"), "lb": ("پوند",)},
        cased=False,
        question_marks="?؟",
        sentence_ends=".!?:؟؛…",
        length_ratio=1.0,
    ),
    "pa_Guru": LanguageData(
        script="GURMUKHI",
        # ਕਦੇ alone is "ever" (ਕਦੇ-ਕਦੇ: sometimes); "never" is ਕਦੇ ਨਹੀਂ.
        negations=("ਨਹੀਂ", "ਨਾ", "ਨ", "ਬਿਨਾਂ", "ਬਿਨਾ", "ਬਗੈਰ", "ਅਸੰਭਵ", "ਸੰਭਾਵਨਾ ਘੱਟ", "ਮਤ", "ਬਚ*",
                   "ਮਨਾਹੀ", "ਵਰਜਿਤ", "ਅਸਮਰੱਥ", "ਵੱਧ ਤੋਂ ਵੱਧ"),
        without=("ਬਿਨਾਂ", "ਬਿਨਾ", "ਬਗੈਰ"),
        false_negations=("ਨਹੀਂ ਤਾਂ",),  # otherwise
        units={"minute": ("ਮਿੰਟ*",), "hour": ("ਘੰਟ*",), "day": ("ਦਿਨ*",), "week": ("ਹਫ਼ਤ*", "ਹਫਤ*"),
               "month": ("ਮਹੀਨ*",), "year": ("ਸਾਲ*", "ਵਰ੍ਹ*"), "mmol/L": ("ਮਿਲੀਮੋਲ*",),
               "mg": ("ਮਿਲੀਗ੍ਰਾਮ*", "ਮਿ ਗ੍ਰਾ"), "mL": ("ਮਿਲੀਲੀਟਰ*", "ਮਿ ਲੀ"), "L": ("ਲੀਟਰ*", "ਲਿਟਰ*"),  # ਮਿ.ਗ੍ਰਾ., ਮਿ.ਲੀ.
               "mcg": ("ਮਾਈਕ੍ਰੋਗ੍ਰਾਮ*", "ਮਾਈਕਰੋਗ੍ਰਾਮ*"),
               "g": ("g", "ਗ੍ਰਾਮ*", "ਗਰਾਮ*"), "kg": ("ਕਿਲੋਗ੍ਰਾਮ*", "ਕਿਲੋ", "ਕਿੱਲੋ"),
               "IU": ("iu", "ਅੰਤਰਰਾਸ਼ਟਰੀ ਇਕਾਈ*", "ਅੰਤਰਰਾਸ਼ਟਰੀ ਯੂਨਿਟ*"),
               "lb": ("ਪੌਂਡ*",)},
        cased=False,
        sentence_ends=".!?:।…",
        keep_marks=True,
        length_ratio=1.05,
    ),
    "zh_Hans": LanguageData(
        script="CJK",
        negations=_ZH_NEGATIONS,
        false_negations=_ZH_FALSE_NEGATIONS,
        age_words=("岁",),
        units={"minute": ("分钟", "分鐘", "分"), "hour": ("小时", "钟头", "个钟"), "day": ("天", "日"),
               "week": ("周", "星期", "礼拜"), "month": ("月",), "year": ("年",),
               "mmol/L": ("毫摩尔",), "mg": ("毫克",), "mL": ("毫升",), "L": ("升",), "mcg": ("微克",), "g": ("g", "克", "公克"),
               "kg": ("公斤", "千克"), "IU": ("国际单位", "國際單位"), "lb": ("磅",)},
        spaced=False,
        cased=False,
        question_marks="?？",
        sentence_ends=".!?:;。！？：；…",
        length_ratio=0.32,
        variant_chars=_TRADITIONAL,
        unit_lookalikes=_ZH_UNIT_LOOKALIKES,
        drug_prefixes=_ZH_DRUG_PREFIXES,
        drug_suffixes=_ZH_DRUG_SUFFIXES,
    ),
    "zh_Hant": LanguageData(
        script="CJK",
        negations=_ZH_NEGATIONS,
        false_negations=_ZH_FALSE_NEGATIONS,
        age_words=("歲", "岁"),
        units={"minute": ("分鐘", "分钟", "分"), "hour": ("小時", "鐘頭", "個鐘"), "day": ("天", "日"),
               "week": ("週", "周", "星期", "禮拜"), "month": ("月",), "year": ("年",),
               "mmol/L": ("毫摩爾", "毫莫耳"), "mg": ("毫克",), "mL": ("毫升",), "L": ("升",), "mcg": ("微克",), "g": ("g", "公克", "克"),
               "kg": ("公斤", "千克"), "IU": ("國際單位", "国际单位"), "lb": ("磅",)},
        spaced=False,
        cased=False,
        question_marks="?？",
        sentence_ends=".!?:;。！？：；…",
        length_ratio=0.32,
        variant_chars=_SIMPLIFIED,
        unit_lookalikes=_ZH_UNIT_LOOKALIKES,
        drug_prefixes=_ZH_DRUG_PREFIXES,
        drug_suffixes=_ZH_DRUG_SUFFIXES,
    ),
}

# The units a translation must name where the English does (LanguageData.units has their
# forms in each language), as the English spells them ...
ENGLISH_UNITS: dict[str, str] = {
    name: units.spelled(units.BY_NAME[name])
    for name in ("minute", "hour", "day", "week", "month", "year", "mmol/L", "mcg", "mg", "g", "kg", "mL", "L", "IU", "lb")
} | {"g": r"(?:(?<=\d)|(?<=\d\s))(?-i:g)",  # not a needle's gauge, "25G"
     "L": r"(?:(?<=\d)|(?<=\d\s))(?:L|lit(?:re|er)s?)"}  # "2 L", "2 litres": a bowel preparation, a day's fluids
_UNIT_NAMES = {name: units.BY_NAME[name].label for name in ENGLISH_UNITS}
# ... and words that mention a unit loosely ("daily", "multiday"): a translation
# may then name the unit without that being a swap.
_ENGLISH_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ENGLISH_UNIT_MENTIONS: dict[str, str] = {
    "minute": r"\w*minute\w*",
    "hour": r"\w*hour\w*|overnight",
    # not a weekday: "every Monday" allows no word for days ("todos los días", the weekly dose taken daily)
    "day": rf"(?!{_ENGLISH_WEEKDAY}s?\b)\w*day\w*|daily|tomorrow|overnight|night",
    "week": r"\w*week\w*|fortnight\w*",
    "month": r"\w*month\w*",
    "year": r"\w*year\w*|annual\w*",
    # the units of mass and volume spelled out ("500 milligrams" may be "500 mg"), insulin's units as IU, and
    # pounds sterling, which a translation may write as "libras"
    "mcg": r"micrograms?", "mg": r"milligrams?", "g": r"grams?|(?-i:\d+\s?G)", "kg": r"kilo(?:gram)?s?|kilogrammes?",
    "mL": r"millilit(?:re|er)s?", "L": r"lit(?:re|er)s?", "IU": r"(?:international )?units?", "lb": r"pounds?|£[\d.,]*\d",
}

_ENGLISH_NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|nothing|none|nobody|neither|nor|without|unlikely|unable|avoid\w*"
    r"|contraindicated|forbidden|prohibited)\b"
    r"|\b\w+n['’]t\b",
    re.IGNORECASE,
)
# Capitals that stress rather than abbreviate ("DO NOT", not "ECG").
_EMPHASIS_WORDS = {"NOT", "NO", "NEVER", "DO", "DON'T", "DON’T", "MUST", "ONLY", "ALWAYS", "STOP",
                   "AVOID", "IMPORTANT", "WARNING", "URGENT", "IMMEDIATELY"}
_CAPS_WORD = re.compile(r"(?<![\w*])[A-Z][A-Z'’]+(?![\w*])")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")

# Function words of English that are not words in the other configured languages:
# many of them in a translation means the English was left in.
_ENGLISH_FUNCTION_WORDS = {"the", "and", "of", "to", "is", "are", "will", "you", "your", "with", "for",
                           "be", "this", "that", "have", "has", "should", "can", "after", "before",
                           "during", "may", "not", "it", "which", "what", "how", "who", "when",
                           "from", "by", "some", "they"}
_ENGLISH_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
                 "once": "1", "twice": "2", "thrice": "3", "single": "1", "first": "1", "second": "2",
                 "half": "0.5", "double": "2", "triple": "3", "twofold": "2", "threefold": "3", "fourfold": "4",
                 "fivefold": "5", "sixfold": "6", "sevenfold": "7", "eightfold": "8", "ninefold": "9", "tenfold": "10"}


@cache  # every check asks, for every entry
def language_data(lang: str) -> LanguageData | None:
    """The data for ``lang``, or for its nearest parent (``es_MX`` -> ``es``)."""
    parts = lang.split("_")
    while parts:
        data = LANGUAGES.get("_".join(parts))
        if data is not None:
            return data
        parts.pop()
    return None


# -- text helpers --------------------------------------------------------------

# Arabic and Persian forms of yeh and kaf are one letter to a reader; tatweel is
# only stretching; Turkish dotless ı is i once upper case has been folded; a full-width,
# fraction or division slash (1片／次, 1⁄2) is a slash.
_LETTER_VARIANTS = str.maketrans({"ي": "ی", "ك": "ک", "ـ": None, "ı": "i", "／": "/", "⁄": "/", "∕": "/"})


@lru_cache(maxsize=4096)  # the same words and patterns are folded again and again: a third of the checks' time
def fold(text: str, keep_marks: bool = False) -> str:
    """Lower case without accents or Arabic vowel marks: the form every pattern matches against."""
    if keep_marks:
        return unicodedata.normalize("NFC", text.casefold()).translate(_LETTER_VARIANTS)
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).translate(_LETTER_VARIANTS)


def _folded(text: str, data: LanguageData | None) -> str:
    return fold(text, data.keep_marks if data else False)


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Runs of letters with their combining marks (and ZWNJ/ZWJ, inside Persian words), or digits.

    Python's ``\\w`` leaves out combining marks, which are half of Gurmukhi and
    all Arabic vowel signs; the marks of the Basic Multilingual Plane are added
    here as ranges.
    """
    return re.compile(rf"{_word_char()}+|\d+")


@lru_cache(maxsize=1)
def _word_char() -> str:
    """A regex class of one character of a word: a letter, a combining mark, ZWNJ or ZWJ."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    marks = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b != a else "") for a, b in ranges)
    return rf"(?:[^\W\d_]|[{marks}\u200c\u200d])"


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    digits: bool


def _tokens(text: str) -> tuple[_Token, ...]:
    """Runs of letters (with their marks) and runs of digits, in any script."""
    return tuple(_Token(m.group(), m.start(), m.end(), m.group()[0].isdecimal())
                 for m in _token_pattern().finditer(text))


def _glob(pattern: str, word: str) -> bool:
    core = pattern.strip("*")
    if pattern.startswith("*") and pattern.endswith("*") and len(pattern) > 1:
        return core in word
    if pattern.endswith("*"):
        return word.startswith(core)
    if pattern.startswith("*"):
        return word.endswith(core)
    return word == core


def _find(patterns: Iterable[str], folded: str, data: LanguageData | None) -> bool:
    """Whether any pattern occurs in the folded text (see the notes above LANGUAGES)."""
    keep_marks = data.keep_marks if data else False
    if data is not None and not data.spaced:
        return any(fold(p, keep_marks).replace("*", "") in folded for p in patterns)
    words = _words(folded)
    for pattern in patterns:
        parts = fold(pattern, keep_marks).split()  # a phrase matches word by word
        for index in range(len(words) - len(parts) + 1 if parts else 0):
            if all(_glob(part, words[index + offset]) for offset, part in enumerate(parts)):
                return True
    return False


def _words(folded: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokens(folded) if not t.digits)


def _plain(text: str) -> str:
    """The text without inline Markdown markup, for measuring it."""
    return re.sub(r"\*\*|__|`|\[([^\]]*)\]\([^)]*\)", r"\1", text).strip()


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(ch)) if unicodedata.decimal(ch, None) is not None else ch
                   for ch in text)


# A number: digits in any script, with decimal or group separators (. , Arabic ٫ ٬).
_NUMBER = re.compile(units.NUMBER)
_SEPARATORS = re.compile(r"([.,٫٬])")


def numbers_in(text: str, lang: str = "en") -> set[str]:
    """The numbers in ``text`` (written in ``lang``) as values: ASCII digits, "." for the decimal mark.

    ١١٠ -> 110; 1,5 and ١٫٥ -> 1.5; see :func:`number_value` for thousands. A
    character that is a number by itself counts too: ½ is 0.5, ² is 2 ("Tome 1½"
    for "Take 1" adds a half); so does a fraction of one digit over a larger one: "1/2"
    and ۱/۲ are ½ (Persian also writes a decimal mark so, ۱/۵ for 1.5: read as a fifth,
    it differs from the English 1.5 as the digits 1 and 5 did).
    """
    # the English's ".5 mg" is 0.5; a translation's stays as a reader may take it, 5
    fractions, rest = fractions_in(_LEADING_POINT.sub(r"\g<1>0.", text) if lang == "en" else text)
    return fractions | {number_value(m.group(), lang) for m in _NUMBER.finditer(rest)} | {
        f"{unicodedata.numeric(ch):g}" for ch in rest if unicodedata.category(ch) == "No"}


# A decimal without its leading zero (".5 mg", which a reader takes for 5 mg): the number is 0.5.
_LEADING_POINT = re.compile(r"(^|[\s(])\.(?=\d)")


def fractions_in(text: str) -> tuple[set[str], str]:
    """The values of ``text``'s fractions of one digit over a larger one ("1/2": 0.5), and the text without them."""
    found: set[str] = set()

    def fraction(match: re.Match[str]) -> str:
        numerator, denominator = int(match[1]), int(match[2])
        if not 0 < numerator < denominator:
            return match.group()  # "8/4", "24/7": numbers as written
        found.add(f"{numerator / denominator:g}")
        return " "

    return found, _SIMPLE_FRACTION.sub(fraction, text)


# One digit over another, as ½ is ("1/2 viên", "3/4"), not inside a larger number, date or ratio ("1/2/2025", "10/20").
_SIMPLE_FRACTION = re.compile(r"(?<![\d/⁄／.,٫٬])(\d) ?[/⁄／] ?(\d)(?![\d/⁄／]|[.,٫٬]\d)")


def number_value(number: str, lang: str = "en") -> str:
    """One number as a value: "1,000" is 1000 in English, "1.000" 1000 in Spanish, "1,50" 1.5.

    A comma or full stop followed by three digits groups thousands, unless it is
    the language's decimal mark (Babel's): so "1,500 mg" copied into a Spanish
    translation reads 1.5 mg, as a Spanish reader reads it, and differs from the
    English 1500. Any other separator is a decimal mark however the language
    writes it ("1.5" and "0.125" in a Spanish translation are 1.5 and 0.125).
    Trailing decimal zeros go.
    """
    first, *rest = _SEPARATORS.split(_ascii_digits(number))
    decimal = _decimal_mark(lang)
    integer, fraction = first, None
    for separator, digits in zip(rest[::2], rest[1::2], strict=True):
        # a group follows 1 to 3 leading digits or another group: "0.125" is a decimal everywhere
        groups = fraction is None and (len(integer) > len(first) or (len(first) <= 3 and not first.startswith("0")))
        if (separator == "٬" and fraction is None) or (
                groups and separator in ".," and separator != decimal and len(digits) == 3):
            integer += digits
        elif fraction is None:
            fraction = digits
        else:  # a second decimal mark (a version, a date): kept as written
            fraction += "." + digits
    if fraction is None or "." in fraction:
        return integer if fraction is None else f"{integer}.{fraction}"
    return f"{integer}.{fraction.rstrip('0')}" if fraction.rstrip("0") else integer


@cache
def _decimal_mark(lang: str) -> str:
    try:
        return str(get_decimal_symbol(Locale.parse(lang)))
    except (ValueError, UnknownLocaleError):
        return "."


_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_NUMERAL = re.compile(f"[{''.join(_CJK_DIGITS)}{''.join(_CJK_UNITS)}]+")


# 零点五 (0.5): a decimal point between numerals; 一个半 (1.5): "one and a half" with its
# measure word (一半 without it is "half", and 半 alone is not read: it is in 半小时 too).
_CJK_DECIMAL = re.compile(f"({_CJK_NUMERAL.pattern})[点點]([{''.join(_CJK_DIGITS)}]+)")
_CJK_AND_A_HALF = re.compile(f"({_CJK_NUMERAL.pattern}|\\d+)[个個]半")


def _english_number_words(english: str) -> set[str]:
    """The numbers the English says in words ("twice", "three", "twenty-one", "one and a half"), which a translation
    may write."""
    compounds, rest = _english_compounds(english.lower())
    halves = {f"{int(_ENGLISH_NUMBER_WORDS.get(word, '1' if word == 'a' else word)) + 0.5:g}"
              for word in _ENGLISH_AND_A_HALF.findall(rest)}
    quarters = {"0.75" if three else "0.25" for three in _ENGLISH_QUARTERS.findall(rest)}  # "1/4 de comprimido"
    return compounds | halves | quarters | {
        _ENGLISH_NUMBER_WORDS[word] for word in re.findall(r"[a-z]+", rest) if word in _ENGLISH_NUMBER_WORDS}


_ENGLISH_QUARTERS = re.compile(r"\b(three[ -])?quarters?\b")
_ENGLISH_AND_A_HALF = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
                                 r"(?: \w+)? and a half\b")  # "one and a half", "a tablet and a half", "1 and a half"


def _english_compounds(lower: str) -> tuple[set[str], str]:
    """The numbers thirteen to ninety-nine said in words in a lower-case English ("twenty-one days": 21), and the
    text without them: the "one" of "twenty-one" is no number of its own. Ordinals ("twenty-first") are not read."""
    values = {_compound_value(found) for found in _ENGLISH_COMPOUND.finditer(lower)}
    return values, _ENGLISH_COMPOUND.sub(" ", lower) if values else lower


def _compound_value(found: re.Match[str]) -> str:
    """The number of an :data:`_ENGLISH_COMPOUND` match: "twenty-one", 21."""
    return str(_ENGLISH_TEENS_AND_TENS[found[1]] + int(_ENGLISH_NUMBER_WORDS.get(found[2] or "", "0")))


_HYPHENS = "\\-\u2010\u2011"  # "twenty-one", also with the hyphen and the no-break hyphen of Unicode
_ENGLISH_TEENS_AND_TENS = {
    **{word: 13 + index for index, word in enumerate(
        ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))},
    **{word: 20 + 10 * index for index, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))},
}
_ENGLISH_COMPOUND = re.compile(
    rf"\b({'|'.join(_ENGLISH_TEENS_AND_TENS)})(?:(?<=ty)[\s{_HYPHENS}](one|two|three|four|five|six|seven|eight|nine))?\b"
    rf"(?![\s{_HYPHENS}](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)")  # "twenty-first": an ordinal
# One before what it counts ("twenty-four hours", "a twenty-eight-day pack"), the noun as group 3.
_ENGLISH_COMPOUND_COUNT = re.compile(_ENGLISH_COMPOUND.pattern + rf"[\s{_HYPHENS}]([a-z]+)")


def _spelled_numbers(translation: str, lang: str) -> dict[str, str]:
    """Number -> the words saying it, for a number written in words before "times": "tres veces" -> 3.

    The words of lexicon.NUMBER_WORDS; in Chinese any numeral but 一, after a period (:func:`_how_often`);
    in Arabic the dual مرتين, "twice" (lexicon.DUALS).
    """
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or compiled.times_counted is None or data is None:
        return {}
    found: dict[str, str] = {}
    # Chinese is read as folded, its clause marks (，。；) kept: a period must stand in the same clause
    line = _line_of(_folded(translation, data), data)
    for match in compiled.times_counted.finditer(line):
        word = match["number"]
        before = _word_before(line, match.start()) if data.spaced else line[match.start() - 1:match.start()]
        if _ends_a_number(before, compiled):
            continue  # part of a larger number: "on iki kez" is twelve times, "ثلاث عشرة مرة" thirteen; 第三次, the third
        if data.script == "CJK" and not _how_often(word, line[:match.start()]):
            continue
        value = compiled.number_values[word] if data.script != "CJK" else _cjk_value(word)
        found.setdefault(value, match.group().strip())
    for word in line.split() if compiled.duals else ():
        if _dual(word, compiled) == "time":
            found.setdefault("2", word)  # مرتين, "twice"
    for adverb in _times_adverbs_in(translation, compiled, data):
        found.setdefault(adverb.number, adverb.shown)  # "δις ημερησίως", twice a day
    return found


def _once_in(translation: str, compiled: _Compiled, data: LanguageData) -> list[_Count]:
    """A count of one time for each "once" (lexicon.ONCE) right beside a word for the day or the week: "una vez al
    día", "günde bir kez", "روزی یک بار", "una vez a la semana" (lexicon.WEEKLY). Elsewhere it is as often "at one
    go" ("la dosis diaria de una vez"), "as soon as" ("una vez abierto") or one of the day's times ("una vez por la
    mañana y otra por la noche")."""
    if compiled.once is None or compiled.per_day_or_week is None:
        return []
    found = []
    for clause, _ in _clauses(translation):  # "... al día. Una vez abierto": not beside it
        line = _word_line(_folded(clause, data))
        # a word for the day before "once", where the language puts it there, and not itself after a number ("iki
        # günde bir kez", once every two days)
        day_words_end = {day.end() for day in compiled.per_day_or_week.finditer(line)
                         if not _is_a_number(_word_before(line, day.start()), compiled)
                         } if compiled.once_after_the_day else set()
        for match in compiled.once.finditer(line):
            if match.start() - 1 in day_words_end or compiled.per_day_or_week.match(line, match.end() + 1) is not None:
                said = match.group().strip()
                found.append(_Count("1", "time", said, said, _word_before(line, match.start())))
    return found


def _times_adverbs_in(translation: str, compiled: _Compiled, data: LanguageData) -> list[_Count]:
    """The numbers of times said by an adverb (lexicon.TIMES_ADVERBS: "δις ημερησίως", twice a day); not one after a
    number, whose "δισ" is short for δισκίο, a tablet ("1 δισ την ημέρα", one tablet a day)."""
    if compiled.times_adverbs is None:
        return []
    folded = _folded(translation, data)
    return [_Count(compiled.times_adverb_values[found["word"]], "time", found["word"], found["word"])
            for found in compiled.times_adverbs.finditer(folded)
            if not _is_a_number(_word_before(folded, found.start()), compiled)]


def _word_before(line: str, index: int) -> str:
    """The word of a spaced text that ends before ``index`` ("" at the start)."""
    return (line[:index].split() or [""])[-1]


def _is_a_number(word: str, compiled: _Compiled) -> bool:
    """Is ``word`` a number in digits or a number word of the language ("1", "2,5", "δυο", "iki")?"""
    return word.replace(",", "").replace(".", "").isdecimal() or word in compiled.number_values


def _dual(word: str, compiled: _Compiled) -> str | None:
    """The unit a dual names two of (قرصين, two tablets; وقرصين, and two tablets), or None."""
    if word in compiled.duals:
        return compiled.duals[word]
    return compiled.duals.get(word[1:]) if word.startswith(compiled.clitics) else None


def _ends_a_number(word: str, compiled: _Compiled) -> bool:
    """Is a number word after ``word`` part of a larger number (or an ordinal): "treinta y dos", "on iki", 第三?"""
    return word in compiled.number_joiners or word in compiled.number_values or word.isdecimal()


# A period just before a count of times in the same clause: 每天三次, 一日三次, 每周服用三次.
_CJK_PERIOD_BEFORE = re.compile(r"(?:每|[日天周週]|星期|禮拜|礼拜|小[时時]|[钟鐘][头頭])[^\s\d，。；、,;：:（）()]{0,4}$")
# A day or a week right before 一次, "only" and a verb between at most: 每日一次, 每天服用一次, 一日一次, 每周一次,
# 每周只服药一次; not 第一天 (the first day), 隔日 or
# 每隔一天 (every other day), 每二十一天 (every 21 days), 每日早晚各一次 (once each morning and evening), 一次性
# (disposable: see _cjk_counts).
_CJK_DAY_OR_WEEK_BEFORE = re.compile(r"(?:每|(?<![第隔\d〇零一二三四五六七八九十百两兩])一)(?:[日天]|(?:个|個)?(?:周|週|星期|礼拜|禮拜))"
                                     r"只?(?:服用|口服|服药|服藥|服|使用|用药|用藥|用)?$")


def _how_often(numeral: str, before: str) -> bool:
    """Does a Chinese numeral before 次 say how often, after a period (每天三次)?

    Not 一 (一次 is "once", and as often "at one time", 一次服用), nor two numerals side by side
    (两三次, "two or three times"), nor a count of occasions (两次服药之间, between two doses; 二次感染).
    """
    if numeral == "一" or _numerals_side_by_side(numeral):
        return False
    return _CJK_PERIOD_BEFORE.search(before) is not None


def _numerals_side_by_side(numeral: str) -> bool:
    """Chinese digits without a unit between them (两三, "two or three"), before what they count a range."""
    return len(numeral) > 1 and all(char in _CJK_DIGITS for char in numeral)


def _cjk_numbers(text: str) -> set[str]:
    """Numbers written in Chinese numerals (二十四 -> 24, 零点五 -> 0.5, 一个半 -> 1.5).

    Accepted for English digits, never required.
    """
    found = {_cjk_value(match.group()) for match in _CJK_NUMERAL.finditer(text)}
    found |= {number_value(f"{_cjk_value(whole)}.{''.join(str(_CJK_DIGITS[ch]) for ch in fraction)}")
              for whole, fraction in _CJK_DECIMAL.findall(text)}
    found |= {number_value(f"{whole if whole.isdecimal() else _cjk_value(whole)}.5")
              for whole in _CJK_AND_A_HALF.findall(text)}
    return found


def _cjk_value(numeral: str) -> str:
    """One number in Chinese numerals as digits: 二十四 -> 24, 一千零五 -> 1005, 一一〇 -> 110."""
    if not any(char in _CJK_UNITS for char in numeral):  # digit by digit: 一一〇, 二〇二六
        return str(int("".join(str(_CJK_DIGITS[char]) for char in numeral)))
    total, digit = 0, None
    for char in numeral:
        if char in _CJK_DIGITS:
            digit = _CJK_DIGITS[char]  # 零 only holds a place: 一千零五
        else:
            total += (1 if digit is None else digit) * _CJK_UNITS[char]
            digit = None
    return str(total + (digit or 0))


def _english_units(english: str, table: Mapping[str, str]) -> dict[str, str]:
    """unit -> the first English word naming it."""
    found = {}
    for unit, pattern in table.items():
        # A digit may touch the unit ("110mmol/L"); a letter may not ("formula").
        if match := re.search(rf"(?<![^\W\d_]|/)(?:{pattern})(?!\w)", english, re.IGNORECASE):
            found[unit] = match.group()
    return found


def _unit_forms(data: LanguageData) -> dict[str, tuple[str, ...]]:
    units = {unit: tuple(forms) for unit, forms in data.units.items()}
    for unit, forms in _COMMON_UNITS.items():
        units[unit] = units.get(unit, ()) + forms
    return units


def _without_unit_lookalikes(folded: str, data: LanguageData) -> str:
    for word in data.unit_lookalikes:
        folded = folded.replace(word, " ")
    return folded


# Chinese puts a measure word between a number and some units: 2个月 (two months).
_MEASURE_WORDS = ("个", "個")


def _units_after_numbers(translation: str, lang: str, clock_times: Counter[str] | None = None,
                         english_hours: tuple[int, ...] = (),
                         ) -> dict[str, list[tuple[str, str]]]:
    """unit -> (the number, the words of the translation) for each time it is named right after a number
    ("24 horas", "24小时", "2个月"); not hours that tell one of the English's times (``clock_times``: how often the
    English tells each hour, "8" and "20" for "8pm") with a word for telling the time beside them ("lúc 8 giờ
    sáng": lexicon.CLOCK_BEFORE, CLOCK_AFTER), where the translation writes the
    number no more often."""
    data, compiled = language_data(lang), _compiled(lang)
    if data is None or compiled is None:
        return {}
    folded = _without_unit_lookalikes(_folded(translation, data), data)
    units = _unit_forms(data)
    found: dict[str, list[tuple[str, str]]] = {}
    tokens = _tokens(folded)
    for index, token in enumerate(tokens[:-1]):
        after = tokens[index + 1]
        gap = folded[token.end:after.start]
        if not token.digits or after.digits or not re.fullmatch(r"[\s\-‐‑–]{0,2}", gap):
            continue
        # the minutes of one of the English's times count no hours ("16:00 h" for "4pm"; "3.50 horas" still does)
        clock = _CLOCK_MINUTES.search(folded, 0, token.end)
        minutes = clock is not None \
            and int(re.split(r"[:.]", clock.group())[0]) in {*english_hours, *(hour % 12 for hour in english_hours)}
        if not data.spaced:
            text = after.text[1:] if after.text.startswith(_MEASURE_WORDS) else after.text
            candidates = [(len(core), unit, core) for unit, forms in units.items() for form in forms
                          if text.startswith(core := _folded(form, data).strip("*"))]
            if candidates:  # the longest form wins: 分钟 (minutes) over 分
                _, unit, core = max(candidates)
                if unit == "hour" and minutes:
                    continue
                shown = f"{_whole_number(folded, token)}{after.text[:len(after.text) - len(text) + len(core)]}"
                found.setdefault(unit, []).append((number_value(token.text), shown))
            continue
        # a unit of two words too: Persian "میلی گرم" (mg) written with a space, not its joiner, is no "گرم" (g)
        two_words = f"{after.text} {tokens[index + 2].text}" if index + 2 < len(tokens) else after.text
        for unit, forms in units.items():
            named = next((two_words if " " in folded_form else after.text for folded_form in
                          (_folded(form, data) for form in forms)
                          if _glob(folded_form, two_words if " " in folded_form else after.text)), None)
            if named is not None:
                if unit == "hour" and minutes:
                    break
                number = number_value(token.text)
                if unit == "hour" and clock_times and clock_times[number] and (
                        (index and tokens[index - 1].text in compiled.clock_before)
                        or (index + 2 < len(tokens) and tokens[index + 2].text in compiled.clock_after)) \
                        and _written(number, tokens, units, data) <= clock_times[number]:
                    continue
                found.setdefault(unit, []).append((number, f"{_whole_number(folded, token)} {named}"))
    return found


def _whole_number(folded: str, token: _Token) -> str:
    """The number a token of digits ends, as written, for a message: "0,5" for the "5" of "0,5 g"."""
    return _WRITTEN_NUMBER_END.search(folded, 0, token.end)[0]  # type: ignore[index]


_WRITTEN_NUMBER_END = re.compile(units.NUMBER + "$")


_CLOCK_MINUTES = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[:.][0-5]\d$")  # the end of "16:00", "9.30"; not "0.25"


def _written(number: str, tokens: tuple[_Token, ...], units: Mapping[str, tuple[str, ...]], data: LanguageData) -> int:
    """How often the translation writes ``number``, not counting it before a unit other than hours ("10 ngày"):
    "a las 10 de la noche durante las 10 horas siguientes" for "at 10 p.m. for 10 days" tells the time once and
    counts "10 horas" besides."""
    def before_another_unit(index: int) -> bool:
        after = tokens[index + 1].text if index + 1 < len(tokens) else ""
        return any(_glob(_folded(form, data), after) for unit, forms in units.items() if unit != "hour" for form in forms)
    return sum(1 for index, token in enumerate(tokens)
               if token.digits and number_value(token.text) == number and not before_another_unit(index))


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


# -- lexicons compiled once per language ----------------------------------------


def _glob_regex(pattern: str, data: LanguageData | None) -> str:
    """One lexicon pattern (see the notes above LANGUAGES) as a regex over a word line (:func:`_word_line`)."""
    if pattern.startswith("re:"):
        return pattern[3:]
    folded = fold(pattern, data.keep_marks if data else False)
    if data is not None and not data.spaced:
        return re.escape(folded.replace("*", ""))
    words = [(r"[^ ]*" if part.startswith("*") else "") + re.escape(part.strip("*"))
             + (r"[^ ]*" if part.endswith("*") else "") for part in folded.split()]
    return " ".join(words) + r"(?= )"  # the word start, (?<= ), is put once before all (see _alternation)


@lru_cache(maxsize=1)
def _line_token() -> re.Pattern[str]:
    return re.compile(rf"{_word_char()}+|\d+|[?？؟]")


def _line_of(folded: str, data: LanguageData) -> str:
    """What lexicon patterns match against: the word line of a spaced language, the folded text of an unspaced one."""
    return _word_line(folded) if data.spaced else folded


def _word_line(folded: str) -> str:
    """The words of a folded text, one space apart and one around: " no conduzca durante 24 horas ".

    Lexicon patterns match against this, so that a word boundary is a plain space
    rather than a class of every letter and mark (slow to compile, slow to run).
    Question marks stay, as words: a Vietnamese "không?" asks rather than negates.
    """
    return " " + " ".join(_line_token().findall(folded)) + " "


def _alternation(patterns: Iterable[str], data: LanguageData | None) -> str:
    """The patterns as one alternation, longest first."""
    return "|".join(sorted({_glob_regex(p, data) for p in patterns}, key=len, reverse=True))


def _at_word_start(alternation: str, data: LanguageData | None) -> str:
    """Anchored once at a word start: tried at each word, not at each character and alternative."""
    return alternation if data is not None and not data.spaced else f"(?<= )(?:{alternation})"


def _lexicon(patterns: Iterable[str], data: LanguageData | None) -> re.Pattern[str] | None:
    """The patterns as one compiled regex over a word line; None when there are none."""
    alternation = _alternation(patterns, data)
    return re.compile(_at_word_start(alternation, data)) if alternation else None


@dataclass(frozen=True)
class _Compiled:
    """A language's lexicons, compiled once: no check builds a regex per entry."""

    negations: re.Pattern[str] | None
    false_negations: re.Pattern[str] | None
    said_with_a_negation: dict[str, re.Pattern[str] | None]  # English word -> how the language says it so
    said_without_a_negation: dict[str, re.Pattern[str] | None]  # and how it says it without one
    without: re.Pattern[str] | None  # the negations that say "without" (LanguageData.without)
    accented_negations: re.Pattern[str] | None  # matched in the text as written (LanguageData.accented_negations)
    polarity: re.Pattern[str] | None  # every pole at once, as groups named <concept>_<0 or 1>
    # The same without the age limits, for an English that sets none: "menores de 12 años" is then
    # a quantity's "menores", which "more than 12 years" turned round
    polarity_without_age: re.Pattern[str] | None
    # morning against afternoon, evening or night, read on their own: "akşam yemeğinden sonra" (after dinner) holds a
    # "sonra" (after) the timing concept must see too, and one regex's matches do not overlap
    parts_of_the_day: re.Pattern[str] | None
    shorthand_parts: re.Pattern[str] | None  # lexicon.SHORTHAND_PARTS_OF_THE_DAY, read one clause at a time
    counted: dict[str, re.Pattern[str] | None]  # unit or counted noun -> its forms after a number
    drug_shapes: re.Pattern[str] | None
    sentence_break: re.Pattern[str]
    instructions: re.Pattern[str] | None  # imperatives and obligations: "tome", "debe", "请"
    # tablet, dose, drop, injection named without a digit ("una dosis"; in Chinese after a numeral: 一剂)
    dose_nouns: dict[str, re.Pattern[str] | None]
    # a number word of lexicon.NUMBER_WORDS (a Chinese numeral) before "times", the number as group "number"
    times_counted: re.Pattern[str] | None
    number_values: dict[str, str]  # each of those words, folded -> its number
    number_joiners: frozenset[str]  # words after which a number word is part of a larger number (folded)
    not_counting: frozenset[str]  # number words as often other words before what a number counts (folded)
    fraction_before: tuple[str, ...]  # a number word before a word starting so is a fraction (folded)
    duals: dict[str, str]  # a dual saying two of what it names (مرتين, قرصين), folded -> its unit
    # an adverb saying how many times ("δις ημερησίως", twice a day) in a folded text, as group "word"
    times_adverbs: re.Pattern[str] | None
    times_adverb_values: dict[str, str]  # each of those adverbs, folded -> its number
    once: re.Pattern[str] | None  # the words for "once" (lexicon.ONCE) over a word line
    once_after_the_day: bool  # is a word for the day before "once" its day (lexicon.ONCE_AFTER_THE_DAY)?
    count_lookalikes: re.Pattern[str] | None  # words a counted form matches that count nothing (ayak, foot)
    clock_before: frozenset[str]  # words before "8 horas" that make it a time of day (a las), folded
    clock_after: frozenset[str]  # words after "8 giờ" that make it a time of day (sáng), folded
    names_after: frozenset[str]  # words after which a number names a month or a weekday (tháng Ba), folded
    counters: frozenset[str]  # counter words between a number and what it counts ("iki adet tablet"), folded
    away: re.Pattern[str] | None  # lexicon.AWAY: "fuera", بعيد, 远离 (out of children's reach), over a word line
    split_before: tuple[str, ...]  # words before a number of times that splits a day's total (分两次), folded
    split_after: frozenset[str]  # words after "times" that make it so ("iki defa halinde"), folded
    per_day: re.Pattern[str] | None  # words that make a count a day's ("al día", 每日)
    per_day_or_week: re.Pattern[str] | None  # those, and "a week" (lexicon.WEEKLY: "a la semana"), beside "once"
    total: re.Pattern[str] | None  # words that make a count a total, or spread it over the day ("en total", 共, "repartidos")
    time_of_day: re.Pattern[str] | None  # a time of the day or a meal ("por la mañana", 早上)
    weekdays: re.Pattern[str] | None  # a weekday (lexicon.WEEKDAYS: "lunes", 周一)
    weekday_names: dict[int, re.Pattern[str] | None]  # each weekday, 1 Monday to 7 Sunday (lexicon.WEEKDAY_NAMES)
    parts_telling_the_time: dict[str, re.Pattern[str] | None]  # morning, evening, night (lexicon.PARTS_TELLING_THE_TIME)
    working_days: re.Pattern[str] | None  # a word for Monday to Friday (lexicon.WORKING_DAYS: "entre semana", 工作日)
    weekday_range_said_around: tuple[tuple[re.Pattern[str], str], ...]  # lexicon.WEEKDAY_RANGE_AROUND
    weekend: re.Pattern[str] | None  # a word for the weekend (lexicon.WEEKEND: 周末)
    weekday_range: re.Pattern[str] | None  # the words between two weekdays of a range, " a ", " 至 " (lexicon.WEEKDAY_RANGE)
    weekday_dash: str | None  # the range word a dash between words reads as (the first of them)
    weekday_range_endings: tuple[str, ...]  # the first weekday's endings that make a range (lexicon.WEEKDAY_RANGE_ENDINGS)
    two_without_a_number: re.Pattern[str] | None  # lexicon.TWO_WITHOUT_A_NUMBER: "una dosis doble", "ambas", 双倍
    double: re.Pattern[str] | None  # lexicon.DOUBLE: "una dosis doble", 双倍
    double_care: re.Pattern[str] | None  # lexicon.DOUBLE_CARE: "doble cuidado", 加倍小心
    thresholds: re.Pattern[str] | None  # lexicon.THRESHOLDS: "más de", "dưới", 低于 (groups over, under)
    daily: re.Pattern[str] | None  # "a day", "daily" (lexicon.DAILY: "al día", "diariamente", 每天)
    every_other: re.Pattern[str] | None  # "every other" without a two (lexicon.EVERY_OTHER: "alternos", 隔天)
    every_day: re.Pattern[str] | None  # "every day" as a habit (lexicon.EVERY_DAY: "cada día", 每天)
    half: re.Pattern[str] | None  # any word for half (lexicon.HALF: "mitad", 半)
    quarter: re.Pattern[str] | None  # any word for a quarter (lexicon.QUARTER: "cuarto", 四分之一)
    three_quarters: re.Pattern[str] | None  # three quarters (lexicon.THREE_QUARTERS: "tres cuartos", 四分之三)
    quarter_of_time: re.Pattern[str] | None  # a quarter of an hour (lexicon.QUARTER_OF_TIME: "cuarto de hora", 一刻钟)
    up_to: re.Pattern[str] | None  # any word that keeps a limit (lexicon.UP_TO: "hasta", 最多)
    only: re.Pattern[str] | None  # "only" (lexicon.ONLY: "solo", 只有), over a word line
    exceptive: re.Pattern[str] | None  # an exception or an "only" (lexicon.EXCEPT: "salvo", "إلا", 除), over a word line
    needed: re.Pattern[str] | None  # need or when (lexicon.NEEDED: "si lo necesita", "gerekirse", 必要时), over a word line
    before_meals: re.Pattern[str] | None  # before a meal (lexicon.BEFORE_MEALS: "antes de comer", 饭前), over a word line
    side_words: re.Pattern[str] | None  # a word of a side in any sense (lexicon.SIDE_WORDS: "derech*", 右), over a word line
    forget: re.Pattern[str] | None  # verbs of forgetting (lexicon.FORGET: "olvid*", 忘), over a word line
    then: re.Pattern[str] | None  # the words of a sequence (lexicon.THEN: "luego", 然后), over a word line
    only_said: re.Pattern[str] | None  # more ways of "only" (lexicon.ONLY_SAID: "exclusivamente", 才), over a word line
    let_not: re.Pattern[str] | None  # "do not let", "avoid that" (lexicon.LET_NOT: "evite que", 不要让), over a word line
    leave_out: re.Pattern[str] | None  # leaving a dose out (lexicon.LEAVE_OUT: "salt*", 跳过), over a word line
    keep: re.Pattern[str] | None  # keeping in a state (lexicon.KEEP: "manten*", 保持), over a word line
    low_likelihood: re.Pattern[str] | None  # "unlikely" without a negation (lexicon.LOW_LIKELIHOOD: 可能性很小)
    half_a_dose: re.Pattern[str] | None  # half of a dose (lexicon.HALF_A_DOSE: "medio comprimido", 半片)
    and_a_half: re.Pattern[str] | None  # one and a half of a dose (lexicon.AND_A_HALF: "un comprimido y medio", 一片半)
    half_of_time: re.Pattern[str] | None  # a half of time (lexicon.HALF_OF_TIME: "media hora", 半小时)
    clause_joins: re.Pattern[str] | None  # words joining two clauses, as written (lexicon.CLAUSE_JOINS: "y", "و")
    dose_verbs: re.Pattern[str] | None  # verbs of taking a dose, over a word line (lexicon.DOSE_VERBS: "tome", 服用)
    removal_verbs: re.Pattern[str] | None  # of taking off what was applied, over a word line (lexicon.REMOVAL_VERBS)
    one: re.Pattern[str] | None  # lexicon.ONE, over a word line
    at_most: frozenset[str]  # the limit's "at most" (lexicon.POLARITY: "como maximo", 最多), folded
    when_not_negated: re.Pattern[str] | None  # lexicon.WHEN_NOT_NEGATED, over the text as written
    instead_of: re.Pattern[str] | None  # lexicon.INSTEAD_OF, over the text as written
    instead_of_before: re.Pattern[str] | None  # lexicon.INSTEAD_OF_BEFORE, over the text as written ("yerine")
    instead_of_it: re.Pattern[str] | None  # lexicon.INSTEAD_OF_IT, beside an "instead of" in folded text ("آن")
    purpose_ends: re.Pattern[str] | None  # purposes ended by their postposition (lexicon.PURPOSE_ENDS), as written
    purpose_opens: re.Pattern[str] | None  # purposes opened mid-clause (lexicon.PURPOSE_OPENS: 以预防, لمنع), as written
    conditions: re.Pattern[str] | None  # "if", over the text as written (lexicon.CONDITIONS: "si", "αν", 如果)
    condition_ends: re.Pattern[str] | None  # what opens the main clause after one (lexicon.CONDITION_ENDS: ਤਾਂ, 的话)
    reasons: re.Pattern[str] | None  # lexicon.REASONS, over folded text, where a clause begins
    and_or: frozenset[str]  # lexicon.AND_OR, folded
    lest: frozenset[str]  # negations that add none where the English has none (lexicon.LEST: 以免), folded
    per_day_after_slash: re.Pattern[str] | None  # the same as shorthand after a count ("2 comprimidos/día", "/日")
    periods_after_slash: re.Pattern[str] | None  # a rate's period in the language's words ("mL/hora", "毫升/时"), folded
    clitics: tuple[str, ...]  # letters written onto the next word (Arabic و, "and"), folded


@cache
def _compiled(lang: str) -> _Compiled | None:
    data = language_data(lang)
    if data is None:
        return None
    key = next(k for k in (lang, *_parents(lang)) if k in LANGUAGES)
    poles = lexicon.POLARITY.get(key, {})
    counted = {**_unit_forms(data), **lexicon.COUNTED.get(key, {})}
    shapes = lexicon.DRUG_ENDINGS.get(key, lexicon.DRUG_ENDINGS_LATIN if data.script == "LATIN" else ())
    ends = "".join(dict.fromkeys(".!?" + data.question_marks + "।؟"))
    spelled = {word: value for value, words in lexicon.NUMBER_WORDS.get(key, {}).items() for word in words}
    return _Compiled(
        negations=_lexicon(data.negations, data),
        false_negations=_lexicon(data.false_negations, data),
        said_with_a_negation={word: _lexicon(phrases, data)
                              for word, phrases in lexicon.SAID_WITH_A_NEGATION.get(key, {}).items()},
        said_without_a_negation={word: _lexicon(phrases, data)
                                 for word, phrases in lexicon.SAID_WITHOUT_A_NEGATION.get(key, {}).items()},
        without=_lexicon(data.without, data),
        accented_negations=re.compile(f"(?<= )(?:{'|'.join(map(re.escape, data.accented_negations))})(?= )")
        if data.accented_negations else None,
        polarity=_poles_regex(_apart_from(poles, "part_of_day"), data),
        polarity_without_age=_poles_regex(_apart_from(poles, "age", "part_of_day"), data),
        parts_of_the_day=_poles_regex({"part_of_day": poles["part_of_day"]}, data) if "part_of_day" in poles else None,
        shorthand_parts=_poles_regex({"part_of_day": lexicon.SHORTHAND_PARTS_OF_THE_DAY[key]}, data)
        if key in lexicon.SHORTHAND_PARTS_OF_THE_DAY else None,
        counted={unit: _lexicon(forms, data) for unit, forms in counted.items()},
        drug_shapes=_lexicon(shapes, data),
        sentence_break=re.compile(rf"(?<=[{re.escape(ends)}])[\s*_]+|(?<=[。！？])|\n+"),
        instructions=_lexicon(lexicon.INSTRUCTIONS.get(key, ()), data),
        dose_nouns={unit: _dose_noun(counted.get(unit, ()), data) for unit in _DOSE_NOUNS},
        times_counted=_times_counted(spelled, data, lexicon.COUNTED.get(key, {}).get("time", ())),
        number_values={fold(word, data.keep_marks): str(value) for word, value in spelled.items()},
        number_joiners=frozenset(fold(word, data.keep_marks) for word in lexicon.NUMBER_JOINERS.get(key, ())),
        not_counting=frozenset(fold(word, data.keep_marks) for word in lexicon.NUMBER_WORDS_NOT_COUNTING.get(key, ())),
        fraction_before=tuple(fold(start, data.keep_marks) for start in lexicon.FRACTION_BEFORE.get(key, ())),
        duals={fold(form, data.keep_marks): unit for unit, forms in lexicon.DUALS.get(key, {}).items() for form in forms},
        times_adverbs=_times_adverbs(lexicon.TIMES_ADVERBS.get(key, {}), lexicon.TIMES_ADVERBS_BEFORE.get(key, ()), data),
        times_adverb_values={fold(word, data.keep_marks): str(value)
                             for value, words in lexicon.TIMES_ADVERBS.get(key, {}).items() for word in words},
        once=_lexicon(lexicon.ONCE.get(key, ()), data),
        once_after_the_day=key in lexicon.ONCE_AFTER_THE_DAY,
        clitics=tuple(fold(letter, data.keep_marks) for letter in lexicon.CLITICS.get(key, ())),
        count_lookalikes=_lexicon(lexicon.COUNT_LOOKALIKES.get(key, ()), data),
        clock_before=frozenset(fold(word, data.keep_marks) for word in lexicon.CLOCK_BEFORE.get(key, ())),
        clock_after=frozenset(fold(word, data.keep_marks) for word in lexicon.CLOCK_AFTER.get(key, ())),
        names_after=frozenset(fold(word, data.keep_marks) for word in lexicon.NAMES_AFTER.get(key, ())),
        counters=frozenset(fold(word, data.keep_marks) for word in lexicon.COUNTERS.get(key, ())),
        away=_lexicon(lexicon.AWAY.get(key, ()), data),
        split_before=tuple(fold(word, data.keep_marks) for word in lexicon.SPLIT_BEFORE.get(key, ())),
        split_after=frozenset(fold(word, data.keep_marks) for word in lexicon.SPLIT_AFTER.get(key, ())),
        per_day=_lexicon(_spelled_out(lexicon.PER_DAY.get(key, ())), data),
        per_day_or_week=_lexicon([*_spelled_out(lexicon.PER_DAY.get(key, ())), *lexicon.WEEKLY.get(key, ())], data),
        total=_lexicon([*lexicon.TOTAL.get(key, ()), *lexicon.SPREAD.get(key, ())], data),
        time_of_day=_lexicon(lexicon.TIME_OF_DAY.get(key, ()), data),
        weekdays=_lexicon(lexicon.WEEKDAYS.get(key, ()), data),
        weekday_names={day: _lexicon(forms, data) for day, forms in lexicon.WEEKDAY_NAMES.get(key, {}).items()},
        parts_telling_the_time={part: _lexicon(words, data)
                                for part, words in lexicon.PARTS_TELLING_THE_TIME.get(key, {}).items()},
        weekend=_lexicon(lexicon.WEEKEND.get(key, ()), data),
        working_days=_lexicon(lexicon.WORKING_DAYS.get(key, ()), data),
        weekday_range_said_around=tuple((re.compile(pattern), word)
                                        for pattern, word in lexicon.WEEKDAY_RANGE_AROUND.get(key, ())),
        weekday_range=re.compile(f" (?:{_alternation(lexicon.WEEKDAY_RANGE[key], data)}) ")
        if key in lexicon.WEEKDAY_RANGE else None,
        weekday_dash=lexicon.WEEKDAY_RANGE[key][0] if key in lexicon.WEEKDAY_RANGE else None,
        weekday_range_endings=lexicon.WEEKDAY_RANGE_ENDINGS.get(key, ()),
        two_without_a_number=_lexicon(lexicon.TWO_WITHOUT_A_NUMBER.get(key, ()), data),
        double=_lexicon(lexicon.DOUBLE.get(key, ()), data),
        double_care=_lexicon(lexicon.DOUBLE_CARE.get(key, ()), data),
        thresholds=_thresholds_regex(lexicon.THRESHOLDS.get(key), data),
        daily=_lexicon(_spelled_out(lexicon.DAILY.get(key, ())), data),
        every_other=_lexicon(lexicon.EVERY_OTHER.get(key, ()), data),
        every_day=_lexicon(lexicon.EVERY_DAY.get(key, ()), data),
        half=_lexicon(lexicon.HALF.get(key, ()), data),
        quarter=_lexicon(lexicon.QUARTER.get(key, ()), data),
        three_quarters=_lexicon(lexicon.THREE_QUARTERS.get(key, ()), data),
        quarter_of_time=_lexicon(lexicon.QUARTER_OF_TIME.get(key, ()), data),
        up_to=_lexicon(lexicon.UP_TO.get(key, ()), data),
        only=_lexicon(lexicon.ONLY.get(key, ()), data),
        exceptive=_lexicon(lexicon.EXCEPT.get(key, ()), data),
        needed=_lexicon(lexicon.NEEDED.get(key, ()), data),
        before_meals=_lexicon(lexicon.BEFORE_MEALS.get(key, ()), data),
        side_words=_lexicon(lexicon.SIDE_WORDS.get(key, ()), data),
        forget=_lexicon(lexicon.FORGET.get(key, ()), data),
        then=_lexicon(lexicon.THEN.get(key, ()), data),
        only_said=_lexicon(lexicon.ONLY_SAID.get(key, ()), data),
        let_not=_lexicon(lexicon.LET_NOT.get(key, ()), data),
        leave_out=_lexicon(lexicon.LEAVE_OUT.get(key, ()), data),
        keep=_lexicon(lexicon.KEEP.get(key, ()), data),
        low_likelihood=_lexicon(lexicon.LOW_LIKELIHOOD.get(key, ()), data),
        half_a_dose=_lexicon(lexicon.HALF_A_DOSE.get(key, ()), data),
        and_a_half=_lexicon(lexicon.AND_A_HALF.get(key, ()), data),
        half_of_time=_lexicon(lexicon.HALF_OF_TIME.get(key, ()), data),
        clause_joins=_joins_regex(lexicon.CLAUSE_JOINS.get(key, ())),
        dose_verbs=_lexicon(lexicon.DOSE_VERBS.get(key, ()), data),
        removal_verbs=_lexicon(lexicon.REMOVAL_VERBS.get(key, ()), data),
        one=_lexicon(lexicon.ONE.get(key, ()), data),
        at_most=frozenset(fold(word, data.keep_marks) for word in poles.get("limit", ((), ()))[0]),
        when_not_negated=_regex_of(lexicon.WHEN_NOT_NEGATED.get(key, ())),
        instead_of=_regex_of(lexicon.INSTEAD_OF.get(key, ())),
        instead_of_before=_regex_of(lexicon.INSTEAD_OF_BEFORE.get(key, ())),
        purpose_ends=_regex_of(lexicon.PURPOSE_ENDS.get(key, ()), re.IGNORECASE),
        purpose_opens=_regex_of(lexicon.PURPOSE_OPENS.get(key, ())),
        conditions=_regex_of(lexicon.CONDITIONS.get(key, ()), re.IGNORECASE),  # "NO LO TOME SI NO ESTÁ"
        condition_ends=_regex_of(lexicon.CONDITION_ENDS.get(key, ()), re.IGNORECASE),
        instead_of_it=_instead_of_it(lexicon.INSTEAD_OF_IT.get(key, ()), data),
        reasons=_reasons_regex(lexicon.REASONS.get(key, ()), data.keep_marks),
        and_or=frozenset(fold(word, data.keep_marks) for word in lexicon.AND_OR.get(key, ())),
        lest=frozenset(fold(word, data.keep_marks) for word in lexicon.LEST.get(key, ())),
        per_day_after_slash=_after_slash([word for word in lexicon.PER_DAY.get(key, ()) if word.startswith("/")], data),
        periods_after_slash=_periods_after_slash(data, lexicon.PERIODS_AFTER_SLASH.get(key, {})),
    )


def _spelled_out(words: Iterable[str]) -> list[str]:
    """The words of a lexicon table without its prescription shorthand ("/día": :func:`_after_slash` reads those)."""
    return [word for word in words if not word.startswith("/")]


def _times_adverbs(adverbs: Mapping[int, tuple[str, ...]], period_words: Iterable[str],
                  data: LanguageData) -> re.Pattern[str] | None:
    """The adverbs of lexicon.TIMES_ADVERBS (group "word"), each as a word of its own followed by spaces and one of
    ``period_words``, over a folded text with its punctuation ("δισ. την ημερα", a tablet a day, is no adverb)."""
    words = [fold(word, data.keep_marks) for forms in adverbs.values() for word in forms]
    if not words:
        return None
    periods = "|".join(re.escape(fold(word, data.keep_marks)) for word in period_words)
    return re.compile(rf"(?<!\w)(?P<word>{'|'.join(map(re.escape, words))})\s+(?={periods})")


def _times_counted(words: Iterable[str], data: LanguageData, times: Iterable[str]) -> re.Pattern[str] | None:
    """Number words, each followed by the language's word for "times" ("tres veces", 三次): the word is group "number".

    Chinese numerals (三次) stand for the words of other languages.
    """
    nouns = _alternation(times, data)
    if data.script == "CJK":
        return re.compile(f"(?P<number>{_CJK_NUMERAL.pattern})(?:{nouns})") if nouns else None
    numbers = _alternation(words, data)
    if not nouns or not numbers:
        return None
    return re.compile(f"(?<= )(?P<number>{numbers}) (?:{nouns})")


def _dose_noun(forms: Iterable[str], data: LanguageData) -> re.Pattern[str] | None:
    """A dose noun alone; in unspaced writing only after a numeral, since 片 or 次 is part of many words."""
    if data.spaced or not forms:
        return _lexicon(forms, data)
    return re.compile(f"[{''.join(_CJK_DIGITS)}{''.join(_CJK_UNITS)}](?:{_alternation(forms, data)})")


def _parents(lang: str) -> list[str]:
    parts = lang.split("_")
    return ["_".join(parts[:n]) for n in range(len(parts) - 1, 0, -1)]


def _poles_regex(poles: Mapping[str, lexicon.Poles], data: LanguageData | None) -> re.Pattern[str] | None:
    """One regex for every pole of every concept: a text is read once, not twice per concept."""
    # In lexicon.POLARITY_CONCEPTS's order: at one place the first concept's pattern wins ("mayores de
    # 12 años" is an age's, not a quantity's "mayores").
    groups = [f"(?P<{concept}_{side}>{_alternation(words, data)})"
              for concept in lexicon.POLARITY_CONCEPTS if concept in poles
              for side, words in enumerate(poles[concept]) if words]
    return re.compile(_at_word_start("|".join(groups), data)) if groups else None


def _thresholds_regex(poles: lexicon.Poles | None, data: LanguageData | None) -> re.Pattern[str] | None:
    """lexicon.THRESHOLDS of a language as one regex, its groups ``over`` and ``under``."""
    if poles is None:
        return None
    groups = [f"(?P<{name}>{_alternation(words, data)})" for name, words in zip(("over", "under"), poles, strict=True)]
    return re.compile(_at_word_start("|".join(groups), data))


def _apart_from(poles: Mapping[str, lexicon.Poles], *concepts: str) -> dict[str, lexicon.Poles]:
    return {concept: pair for concept, pair in poles.items() if concept not in concepts}


@cache
def _english_poles() -> re.Pattern[str] | None:
    return _poles_regex(_apart_from(lexicon.ENGLISH_POLARITY, "part_of_day"), None)


@cache
def _english_parts_of_the_day() -> re.Pattern[str]:
    regex = _poles_regex({"part_of_day": lexicon.ENGLISH_POLARITY["part_of_day"]}, None)
    assert regex is not None
    return regex


# Ages the English names another way: "children 6 to 12", "aged 5", "children below 12".
# Not the months of "infants 3 to 6 months", nor a weight.
_ENGLISH_AGES_NAMED = re.compile(r"\b(?:children|child|adults?|bab(?:y|ies)|infants?|teenagers?|aged?|ages)\s+"
                                 r"(?:(?:of|from|below|above|under|over|younger than|older than)\s+)?"
                                 r"(\d+)(?:\s*(?:to|-|–|and)\s*(\d+))?"
                                 r"(?!\d|\s*(?:to|-|–|and)\s*\d|\s*(?:months?|weeks?|days?|kg)\b)", re.IGNORECASE)


def _english_ages(english: str) -> set[str]:
    """The ages the English names ("under 12" -> 12, "65 years and over" -> 65, "children 6 to 12" -> 6, 12)."""
    poles = _english_poles()
    assert poles is not None
    line = _word_line(fold(english))
    ages = {age for match in _ENGLISH_AGES_NAMED.finditer(english) for age in match.groups() if age}
    for match in poles.finditer(line):
        if str(match.lastgroup).startswith("age_"):
            # the number after "under" or "over the age of", or before "and over" ("12 years of age and over"); not
            # an age in months or weeks ("babies under 6 months"), which a translation's years do not keep
            number = re.match(r" (\d+)(?! (?:months?|weeks?) )", line[match.end():]) \
                or re.search(r"(\d+) $", line[:match.start()])
            if number:
                ages.add(number.group(1))
    return ages


def _poles_in(line: str, regex: re.Pattern[str]) -> dict[tuple[str, int], str]:
    """(concept, pole) -> the first word that says it."""
    found: dict[tuple[str, int], str] = {}
    for match in regex.finditer(line):
        concept, side = str(match.lastgroup).rsplit("_", 1)
        found.setdefault((concept, int(side)), match.group())
    return found
# Words whose meaning is negative without a "not": a translation may carry them with a
# negation ("unsafe" -> "no es seguro", "fast" -> "do not eat"), so an added negation there is no error.
_NEGATIVE_MEANING_WORDS = (
    "unsafe", "unsure", "unusual", "uncommon", "unnecessary", "unwell", "uncomfortable", "unexpected",
    "unclear", "unaware", "impossible", "improper", "inappropriate", "inadequate", "insufficient",
    "incomplete", "intolerable", "irregular", "dislike", "discomfort", "discontinu*", "fail*", "lack*",
    "fast", "fasting", "nil", "stop*", "only", "less", "fewer", "free", "except", "rather", "instead",
    "hardly", "rarely", "seldom", "refrain*", "prohibit*", "forbid*", "contraindicat*", "absen*",
    "miss", "missed", "skip*", "ignore", "neglect*", "low*", "minimi*", "reduc*", "prevent*", "protect*",
    "hesitate", "exclud*", "outpatient*", "maximum", "most", "up to", "non", "least",
    "omit*", "withhold*", "withheld", "leave out",  # a dose left out: "No tome la dosis de la mañana" for "omit your morning dose"
    "latest",  # "by 6 pm at the latest": "a más tardar", 最晚 are the translations' "no later than"
    # "keep it dry" (no lo moje), "continue to rest"; not a medicine kept on ("keep taking", "continue your
    # aspirin"), whose "do not stop taking" (No deje de tomar) only the course's own negation may say
    # (_course_kept): "Do not take it" for "Keep taking it" is the opposite
    r"keep(?! (?:on )?(?:taking|using|having|wearing)\b)",
    r"continu\w*(?! (?:to )?(?:take|taking|use|using|have|having|wear|wearing|with|your|the|all|any)\b)",
)
_ENGLISH_NEGATIVE_MEANING = re.compile(
    r"\b(?:" + "|".join(w.rstrip("*") + (r"\w*" if w.endswith("*") else "") for w in _NEGATIVE_MEANING_WORDS)
    + r")\b", re.IGNORECASE)


# -- sentences ---------------------------------------------------------------------

# A full stop that ends an abbreviation, not a sentence, where a small letter or a digit follows: "2 μ.μ. έως",
# "8 a. m. y", "p. ej. el", "approx. 5 mL" (a letter and its stop, two or more such, or a word of the list).
_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.|(?:[^\W\d_]{1,2}\. ?){2,}|(?:approx|aprox|ca|etc|ecc|ör|örn"
                               r"|vb|yak|yakl|vs|κλπ|περ|min|max|mín|máx|incl|tel|ej|ad es|cf)\.)$", re.IGNORECASE)
# A digit follows only those before an amount: "approx. 5 mL", "Tel. 020" (not "hepatitis B. 3 doses").
_MEASURE_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])(?:approx|aprox|ca|yak|yakl|min|max|mín|máx|tel|περ|περίπου)\.$",
                                       re.IGNORECASE)
_ENGLISH_SENTENCE_BREAK = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bDr\.)(?<=[.!?])[\s*_]+|\n+")


@lru_cache(maxsize=256)  # three checks align each entry: cut it once
def sentences(text: str, lang: str | None = None) -> tuple[str, ...]:
    """``text`` cut into sentences: after . ! ? (and the language's own ends: 。 ؟ । Greek ;)."""
    compiled = _compiled(lang) if lang else None
    splitter = compiled.sentence_break if compiled else _ENGLISH_SENTENCE_BREAK
    found: list[str] = []
    for part in splitter.split(_plain(text)):
        if not part or not any(ch.isalnum() for ch in part):
            continue
        if found and _ABBREVIATION_END.search(found[-1]) and (part.lstrip()[:1].islower() or (
                part.lstrip()[:1].isdigit() and _MEASURE_ABBREVIATION_END.search(found[-1]))):
            found[-1] += f" {part.strip()}"
        else:
            found.append(part.strip())
    return tuple(found)


def aligned(english: str, translation: str, lang: str) -> list[tuple[str, str]]:
    """Sentence pairs when the translation has as many sentences as the English; else the whole pair.

    Translators merge and split sentences; then only the entry as a whole can be compared.
    """
    source, target = sentences(english), sentences(translation, lang)
    if len(source) == len(target) > 1:
        return list(zip(source, target, strict=True))
    return [(english, translation)]


@lru_cache(maxsize=256)  # negation and polarity both ask, sentence by sentence
def _negations(text: str, lang: str, said_with_a_negation: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The translation's negations, in order, phrases that only look negative ("no obstante") set aside, and
    those that say the English's ``said_with_a_negation`` words (:func:`_said_with_a_negation`: "no duele"), one
    for each time the English says one, unless the translation says it without a negation ("indolora")."""
    compiled = _compiled(lang)
    if compiled is None or compiled.negations is None:
        return ()
    line = _word_line(_folded(text, language_data(lang)))
    if compiled.false_negations is not None:
        line = compiled.false_negations.sub(" ", line)
    for word in dict.fromkeys(said_with_a_negation):
        if (plain := compiled.said_without_a_negation.get(word)) is not None and plain.search(line):
            continue  # "cerrada" says "closed": a negation beside it is one of its own
        if (phrases := compiled.said_with_a_negation.get(word)) is not None:
            line = phrases.sub(" ", line, count=said_with_a_negation.count(word))  # as many as the English says
    found = tuple(found.group().strip() for found in compiled.negations.finditer(line))
    if compiled.accented_negations is None:
        return found
    as_written = _word_line(unicodedata.normalize("NFC", text.casefold()))
    return found + tuple(match.group() for match in compiled.accented_negations.finditer(as_written))


def _excused(english: str, *, negated: bool) -> tuple[str, ...]:
    """The English's words whose translations' own negations keep none of the English's, for the negation check
    (:func:`_negations`): all of :func:`_said_with_a_negation` where the English does not negate; beside a "not",
    its "unless" alone, a conjunction whose negation ("a no ser que", "-medikçe") cannot also be the "not" of "Do
    not ... unless"."""
    words = _said_with_a_negation(english)
    return tuple(word for word in words if word == "unless") if negated else words


def _said_with_a_negation(english: str) -> tuple[str, ...]:
    """The words of lexicon.ENGLISH_SAID_WITH_A_NEGATION the English says ("painless", "lie still"), once each time."""
    return tuple(word for word, pattern in _ENGLISH_SAID_WITH_A_NEGATION.items() for _ in pattern.finditer(english))


_ENGLISH_SAID_WITH_A_NEGATION = {word: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
                                 for word, pattern in lexicon.ENGLISH_SAID_WITH_A_NEGATION.items()}


def _as_written(found: str, text: str, lang: str) -> str:
    """One of :func:`_negations`, found in the folded words ("χωρισ"), as ``text`` writes it ("χωρίς").

    For messages: a reviewer searches the translation for what the message quotes. (The kinds of error found
    before RULES_VERSION 59 keep quoting the folded word: an approval's override names the errors it covers by
    their messages, which must not change under it.)
    """
    data = language_data(lang)
    size = len(found.split())
    words = _line_token().findall(text)
    for start in range(len(words) - size + 1):
        phrase = " ".join(words[start:start + size])
        if _word_line(_folded(phrase, data)).strip() == found:
            return phrase
    return found


def _where(index: int, pairs: list[tuple[str, str]]) -> str:
    return f"sentence {index + 1}: " if len(pairs) > 1 else ""


# -- numbers with what they count ---------------------------------------------------

_ENGLISH_COUNTED = re.compile(
    rf"(?<![\w.,])({units.NUMBER})[\s{units.DASHES}]?({units.unit_pattern()})(?![^\W\d_])")
_SPELLING_TO_UNIT = {s.lower(): u.name for u in units.UNITS for s in u.spellings}
_ENGLISH_NUMBER_BEFORE_A_NOUN = re.compile(
    rf"(?<![\w.,])({units.NUMBER})[\s{units.DASHES}]?(?:"
    + "|".join(f"(?P<{unit}>{nouns})" for unit, nouns in lexicon.ENGLISH_COUNTED.items()) + r")(?![^\W\d_])",
    re.IGNORECASE)
_SYMBOL_UNITS = tuple(u for u in units.UNITS if not u.word)
_SYMBOL_COUNTED = re.compile(
    rf"({units.NUMBER})[\s{units.DASHES}]?({units.unit_pattern(_SYMBOL_UNITS)})(?![^\W\d_])")


def english_counts(english: str) -> list[tuple[str, str]]:
    """(number, unit) in the English, in order: "4 tablets in 24 hours" -> (4, tablet), (24, hour); and the nouns
    of lexicon.ENGLISH_COUNTED the units do not list, as the translations' words for them count ("2 capsules" is
    2 tablets, as "2 cápsulas" is)."""
    found = {m.start(): (number_value(m.group(1)), _SPELLING_TO_UNIT.get(m.group(2).lower(), m.group(2)))
             for m in _ENGLISH_COUNTED.finditer(english)}
    for m in _ENGLISH_NUMBER_BEFORE_A_NOUN.finditer(english):
        found.setdefault(m.start(), (number_value(m.group(1)), str(m.lastgroup)))
    return [found[start] for start in sorted(found)]


def translation_counts(translation: str, lang: str) -> list[tuple[str, str]]:
    """(number, unit) in a translation: a number followed by a unit symbol or the language's word for it.

    Chinese numerals too, look-alikes included (三月, March, counts months: see :func:`_cjk_counts`).
    """
    found = [(number_value(m.group(1), lang), _SPELLING_TO_UNIT.get(m.group(2).lower(), m.group(2)))
             for m in _SYMBOL_COUNTED.finditer(translation)]
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return found
    folded = _folded(translation, data)
    found += [(count.number, count.unit) for count in _counts_after_digits(folded, lang, compiled, data)]
    if data.script == "CJK":  # 每两小时服用四片: every two hours take four tablets
        found += [(count.number, count.unit) for count in _cjk_counts(folded, compiled, for_counts_check=True)]
    return found


_NUMBER_ENDING = re.compile(rf"{units.NUMBER}$")
_FRACTION_BEFORE = re.compile(r"(?<![\d/])(\d+) ?/ ?$")  # the numerator of a fraction whose denominator follows


class _Count(NamedTuple):
    """A number of a translation and what it counts, with the words around it."""

    number: str
    unit: str
    shown: str  # the words as folded: "tres comprimidos", "3 comprimidos", 三片
    noun: str = ""  # the word of what it counts: "comprimidos"
    before: str = ""  # the word before the number
    after: str = ""  # the word after what it counts


def _unit_counted(word: str, compiled: _Compiled, start: int = 0) -> tuple[int, str] | None:
    """(end, unit) of the longest counted form at ``start`` of ``word`` (分钟, minutes, over 分), or None."""
    return max(((m.end(), unit) for unit, regex in compiled.counted.items()
                if regex is not None and (m := regex.match(word, start))), default=None)


def _counts_after_digits(folded: str, lang: str, compiled: _Compiled, data: LanguageData) -> Iterator[_Count]:
    """Each number in digits followed by the language's word for what it counts ("24 horas", "24小时")."""
    tokens = _tokens(folded)
    words = [token.text for token in tokens]
    for index, token in enumerate(tokens[:-1]):
        after = tokens[index + 1]
        if not token.digits or after.digits or not re.fullmatch(r"[\s\-‐‑–]{0,2}", folded[token.end:after.start]):
            continue
        noun_at = _past_a_counter(words, index + 1, compiled)  # "2 adet tablet"
        after = tokens[noun_at]
        counted = _unit_counted(f" {after.text} " if data.spaced else after.text, compiled, 1 if data.spaced else 0)
        if counted is None:
            continue
        if folded.startswith("/", after.end) and counted[1] not in lexicon.ENGLISH_COUNTED:
            continue  # the "mg" of "mg/mL", counted whole above; "2 viên/lần" (2 tablets a dose) counts tablets
        number = _NUMBER_ENDING.search(folded, 0, token.end)  # the whole number: "0.5毫克" is 0.5 mg, not 5
        value = number_value(number.group() if number else token.text, lang)
        fraction = _FRACTION_BEFORE.search(folded, max(token.start - 12, 0), token.start)
        if fraction and value.isdecimal() and int(value):  # "1/2 viên" is half a tablet, not 2
            value = f"{int(fraction.group(1)) / int(value):g}"
        yield _Count(value, counted[1],
                     folded[token.start:after.end], after.text, tokens[index - 1].text if index else "",
                     tokens[noun_at + 1].text if noun_at + 1 < len(tokens) else "")


def _past_a_counter(words: Sequence[str], at: int, compiled: _Compiled) -> int:
    """Where the noun a number counts is, ``words[at]`` being the word after the number: past a counter word
    (lexicon.COUNTERS: "iki adet tablet", "iki çay kaşığı") to a dose form, not to a word for the day ("2 adet günde 2
    kez": two, twice a day). Folded words."""
    if words[at] in compiled.counters and at + 1 < len(words):
        counted = _unit_counted(f" {words[at + 1]} ", compiled, 1)
        if counted is not None and counted[1] in _DOSE_UNITS:
            return at + 1
    return at


def _not_a_count(count: _Count, compiled: _Compiled) -> bool:
    """Does a number before what it would count name something else: a date, a day, an age, an ordinal,
    a time of day, or a word that only looks like what is counted?

    3月1日 and ngày 1 tháng 3, tháng Hai năm 2024 (a month or year with a number after it, a day
    after 月), tháng Ba and thứ Ba (March, Tuesday: lexicon.NAMES_AFTER), 第2天 (the second day),
    几十年 (decades), 12周岁 (aged 12), "a las 8 horas" and "lúc 8 giờ sáng" (lexicon.CLOCK_BEFORE,
    CLOCK_AFTER), "iki ayrı" (two separate, no months: lexicon.COUNT_LOOKALIKES). In digits, words
    and Chinese numerals alike (:func:`_cjk_lookalike` adds what only a numeral looks like).
    """
    if compiled.count_lookalikes is not None and compiled.count_lookalikes.match(f" {count.noun} ", 1):
        return True
    dated = (count.unit in ("month", "year") and count.after[:1].isdecimal()) or (
        count.unit == "day" and count.before.endswith("月"))
    if dated or count.before.endswith(_CJK_NOT_A_COUNT) or count.before in compiled.names_after \
            or count.noun.startswith(_CJK_AGES):
        return True
    return count.unit == "hour" and (count.before in compiled.clock_before or count.after in compiled.clock_after)


def _cjk_counts(folded: str, compiled: _Compiled, *, for_counts_check: bool = False) -> list[_Count]:
    """Each Chinese numeral before what it counts: 三片, 两个小时, 三个月.

    Not 一 ("a", as often as "one": 一次性 is disposable). Unless ``for_counts_check`` (which pairs
    a count only with the English's digits: a look-alike there is rarely the English's number,
    while a real count it would miss is a dose), not two numerals side by side (两三片, "two or
    three"), what names something else (:func:`_not_a_count`: 第三次, the third time) or only
    looks like a count (:func:`_cjk_lookalike`), nor a count of times with no period before it
    (两次服药之间, between two doses: :func:`_how_often`).
    """
    found = []
    for numeral in _CJK_NUMERAL.finditer(folded):
        text, before, rest = numeral.group(), folded[:numeral.start()], folded[numeral.end():]
        # 一 is as often "a" as "one"; 一次 right after a day or week is "once" (每日一次, 每周一次, as lexicon.ONCE beside
        # a word for the day), a count for the counts in words; not after an interval (每八小时一次, once every eight hours)
        once = (not for_counts_check and text == "一" and rest.startswith("次") and not rest.startswith("次性")
                and _CJK_DAY_OR_WEEK_BEFORE.search(before) is not None)
        if text == "一" and not once or not for_counts_check and _numerals_side_by_side(text):
            continue
        measure = 1 if rest.startswith(_MEASURE_WORDS) else 0
        counted = _unit_counted(rest[measure:], compiled)
        if counted is None:
            continue
        end, unit = counted
        count = _Count(_cjk_value(text), unit, text + rest[:measure + end], rest[measure:], before)
        if not for_counts_check and (_not_a_count(count, compiled)
                                     or unit == "time" and not (once or _how_often(text, before))
                                     or _cjk_lookalike(before, text, rest[measure:measure + end], rest[measure:],
                                                       measured=bool(measure))):
            continue
        found.append(count)
    return found


_CJK_NOT_A_COUNT = ("第", "几", "幾", "数", "數")
_CJK_AGES = ("周岁", "周歲", "週歲")  # 三周岁: aged three, no weeks
_CJK_NEEDLES = ("针头", "針頭")  # 两个针头: two needles, no injections
_CJK_BARE = ("月", "分")  # with no measure word before them: 三月 March, 十分 very, 三分之一 a third
# Where 四周 is "around" (伤口四周, around the wound): a wound, an eye, a mouth, a site, a place.
_CJK_PLACES = ("伤口", "傷口", "眼", "睛", "嘴", "口", "部位", "处", "處", "周围", "周圍")


def _cjk_lookalike(before: str, numeral: str, form: str, rest: str, *, measured: bool) -> bool:
    """Does a numeral before a counted ``form`` (``rest``: from the form on) only look like a count?

    三月 (March), 十分 (very) and 三分之一 (a third), 两个针头 (needles), 伤口四周 and 四周的皮肤 (around
    the wound, the skin around); 三个月 counts months, 连续服用四周 weeks. Dates and ages:
    :func:`_not_a_count`.
    """
    if rest.startswith(_CJK_NEEDLES):
        return True
    if measured:
        return False
    if form in _CJK_BARE:
        return True
    if numeral == "四" and form in ("周", "週"):
        return before.endswith(_CJK_PLACES) or rest[len(form):].startswith("的")
    return False


_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "single")
# A number one to twelve in words before what it counts ("two tablets", "a three-day course"), not inside a
# larger number ("twenty-two tablets", "a hundred and two days"); the noun is group 2.
_ENGLISH_SPELLED_COUNT = re.compile(
    r"(?<![\w-])(?<!ty )(?<!hundred )(?<!thousand )(?<!hundred and )(?<!thousand and )"
    rf"({'|'.join(_CARDINALS)})[\s-]([a-z]+)")
_HOW_OFTEN = ("once", "twice", "thrice")
_WORD_UNITS = {spelling.lower(): unit.name for unit in units.UNITS if unit.word for spelling in unit.spellings}


def _english_counts_in_words(english: str) -> dict[str, list[tuple[str, str]]]:
    """unit -> [(number, the words)] for what the English counts with a number in words: "two tablets",
    "three days", "twenty-one days", "twice" (2 times)."""
    said: dict[str, list[tuple[str, str]]] = {}
    lower = english.lower()
    for found in _ENGLISH_SPELLED_COUNT.finditer(lower):
        if (unit := _unit_of_noun(found[2])) is not None and not _A_SAMPLE.match(lower, found.end()):
            said.setdefault(unit, []).append((_ENGLISH_NUMBER_WORDS[found[1]], found.group()))
    for found in _ENGLISH_COMPOUND_COUNT.finditer(lower):  # "twenty-four hours"
        if (unit := _unit_of_noun(found[3])) is not None:
            said.setdefault(unit, []).append((_compound_value(found), found.group()))
    for word in re.findall(rf"\b({'|'.join(_HOW_OFTEN)})\b", lower):
        said.setdefault("time", []).append((_ENGLISH_NUMBER_WORDS[word], word))
    return said


_A_SAMPLE = re.compile(lexicon.SAMPLE)  # "two vials of blood" (as lexicon.ENGLISH_COUNTED's vials are not, in digits)


def _pairs(said: dict[str, list[tuple[str, str]]]) -> set[tuple[str, str]]:
    """(number, unit) for each count of :func:`_english_counts_in_words`."""
    return {(number, unit) for unit, counted in said.items() for number, _ in counted}


def _counted_in_words(translation: str, lang: str) -> list[_Count]:
    """Each number in words right before what it counts: "tres comprimidos", قرصين, 三片.

    The words of lexicon.NUMBER_WORDS (one or two words: اثنا عشر), Arabic duals (lexicon.DUALS) and Greek
    adverbs of times (lexicon.TIMES_ADVERBS, "δις ημερησίως"),
    not inside a larger number (:func:`_ends_a_number`), not those that are as often other words
    there (lexicon.NUMBER_WORDS_NOT_COUNTING), not a fraction (خمس الجرعة: lexicon.FRACTION_BEFORE),
    and nothing that names something else (:func:`_not_a_count`); what follows a word tells a number
    from a word that is also another ("sei compresse" is six tablets, "se sei incinta" if you are
    pregnant). Chinese numerals: :func:`_cjk_counts`.
    """
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return []
    if data.script == "CJK":
        return _cjk_counts(_folded(translation, data), compiled)
    words = _word_line(_folded(translation, data)).split()
    found = [*_times_adverbs_in(translation, compiled, data), *_once_in(translation, compiled, data)]
    start = 0
    while start < len(words):
        if (dual := _dual(words[start], compiled)) is not None:  # قرصين, two tablets
            found.append(_Count("2", dual, words[start], words[start], words[start - 1] if start else "",
                                words[start + 1] if start + 1 < len(words) else ""))
            start += 1
            continue
        two_words = " ".join(words[start:start + 2])  # a number word of two words first: اثنا عشر, twelve
        said = two_words if two_words in compiled.number_values else words[start]
        end = start + len(said.split())
        if (count := _count_in_words(words, start, end, said, compiled)) is not None:
            found.append(count)
        start = end
    return found


def _count_in_words(words: list[str], start: int, end: int, said: str, compiled: _Compiled) -> _Count | None:
    """The count of the number word ``said`` (``words[start:end]``), when it counts the next word."""
    number = compiled.number_values.get(said)
    if number is None or said in compiled.not_counting or end >= len(words):
        return None
    end = _past_a_counter(words, end, compiled)  # "iki adet tablet": the tablets are counted
    noun, before = words[end], words[start - 1] if start else ""
    if _ends_a_number(before, compiled) or noun.startswith(compiled.fraction_before):
        return None
    counted = _unit_counted(f" {noun} ", compiled, 1)
    if counted is None:
        return None
    count = _Count(number, counted[1], " ".join(words[start:end + 1]), noun, before,
                   words[end + 1] if end + 1 < len(words) else "")
    return None if _not_a_count(count, compiled) else count


def _spelled_count_changed(english: str, translation: str, lang: str, known: set[str]) -> Iterator[str]:
    """"two tablets" written "tres comprimidos": what the English counts in words, counted in the
    translation (in words, duals, Chinese numerals or digits) with a number it does not count that with.

    A count is allowed when the English counts the same thing with that number (in digits or
    words), implies it (:func:`_english_implied_counts`; "both" alone: two of each thing it counts)
    or makes it (:func:`_english_totals`), or has the number without counting anything with it
    ("two 500 mg tablets"). ``known``: the English's numbers, and those already reported as added.
    Only what the English counts in words is compared ("twice a day for a week" may be "dos veces
    al día durante siete días"). A number of times the English lacks is reported as added
    (:func:`_spelled_numbers`); here one it has for something else ("two tablets three times a
    day" written "tres comprimidos dos veces").
    """
    said = _english_counts_in_words(english)
    if not said:
        return
    counts = set(english_counts(english)) | _pairs(said)
    implied = _english_implied_counts(english)
    allowed = counts | implied | _english_totals(english, counts)
    in_words = _counted_in_words(translation, lang)
    in_digits = _counts_in_digits(translation, lang)
    # a dose, puff or injection may be said as times ("每侧鼻孔各喷2次", spray twice, for "2 sprays in each nostril"),
    # where the translation counts it no other way ("una inhalación dos veces al día" for "two puffs once a day")
    if like_times := {(number, unit) for number, unit in counts if unit in _LIKE_TIMES}:
        counted_so = {count.unit for count in [*in_words, *in_digits]} | _counted_with_one(translation, lang).keys()
        allowed |= {(number, "time") for number, unit in like_times if unit not in counted_so}
    if _BOTH.search(english.lower()):  # "both with food": "los dos comprimidos"
        allowed |= {("2", unit) for unit in said}
    # neither an implied number ("every second day": 2 days) nor one that names something ("type 2") is one
    # the English has without counting anything: it excuses no other count
    uncounted = known - {number for number, _ in counts} - _only_implied(english, implied) - _labels(english)
    shown = {(count.number, count.unit): count.shown for count in in_words}
    allowed |= _day_totals_allowed(english, counts, said, [*in_words, *in_digits], translation, lang)
    if sums := _english_sums(english, said) - allowed:
        allowed |= sums - _counts_of_a_part(translation, _every_hours(english), lang)
    for number, unit in dict.fromkeys([*shown, *((count.number, count.unit) for count in in_digits)]):
        if unit in said and (number, unit) not in allowed and number not in uncounted:
            english_words = "”, “".join(dict.fromkeys(words for _, words in said[unit]))
            label = _unit_label(unit)  # "injections", "patches"
            if number == "1":  # "1 time", "1 tablet", "1 patch"
                label = unit if unit in lexicon.COUNTED_PLURALS else label.removesuffix("s")
            words = f" (“{shown[number, unit]}”)" if (number, unit) in shown else ""
            yield f"the translation counts {number} {label}{words}; the English says “{english_words}”"


def _count_beside_a_part_of_the_day(english: str, translation: str, lang: str, known: set[str]) -> Iterator[str]:
    """A number word beside a part of the day, its noun left out ("y dos por la noche", "e due la sera": two
    tablets at night), that the English does not have (``known``: its numbers in digits and words): "Take 1 tablet
    in the morning and 1 at night" written so doubles the night's dose. Not "cada dos" (every two), "los dos"
    (both), nor "las dos de la tarde" (a clock's two o'clock)."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or not data.spaced or compiled.time_of_day is None:
        return
    words = _word_line(_folded(translation, data)).split()
    for at, word in enumerate(words):
        number = compiled.number_values.get(word)
        if number is None or (_as_float(number) or 0) < 2 or number in known or word in compiled.not_counting:
            continue
        before = words[at - 1] if at else ""
        two_before = words[at - 2] if at > 1 else ""
        joined = before in compiled.number_joiners and _is_a_number(two_before, compiled)  # "treinta y dos"
        if before in _EACH or before in _NOT_A_COUNT_BEFORE or joined or _is_a_number(before, compiled) \
                or two_before in _ALL_OF:  # "tutte e due", "και τις δύο": both
            continue
        if _count_in_words(words, at, at + 1, word, compiled) is not None:
            continue  # it counts its noun ("iki tablet"): the counts' to judge, with the day's totals
        rest = " " + " ".join(words[at:at + 3]) + " "
        if compiled.weekdays is not None and compiled.weekdays.match(rest, 1):
            continue  # a weekday's name: Persian سه شنبه (Tuesday), "three" and "Saturday"
        near = " " + " ".join(words[max(0, at - 2):at] + words[at + 1:at + 4]) + " "
        if compiled.time_of_day.search(near):
            yield f"the translation has {number} (“{_as_written(word, translation, lang)}”); the English does not"


# Before a number word, what makes it no count: an article ("los dos", both) or a clock's ("a las dos", "alle due")
_NOT_A_COUNT_BEFORE = frozenset({"los", "las", "i", "le", "gli", "alle", "dalle", "τα", "οι", "τισ", "στισ", "lúc",
                                 "cả", "saat", "ساعت", "الساعة"})  # folded: Greek ς as σ
_ALL_OF = frozenset({"tutte", "tutti", "και"})


def _count_made_one(english: str, translation: str, lang: str) -> Iterator[str]:
    """"two tablets" written "un comprimido", "two weeks" "una semana", 一周: what the English counts only with
    numbers of two or more (in words or digits), which the translation counts with its word for one
    (:func:`_counted_with_one`, in any sentence) and with no other number. That word is as often an article, but
    before a thing the English counts two or more of, it says one of it, whichever it is."""
    english_counts_ = set(english_counts(english)) | _pairs(_english_counts_in_words(english))
    counted_one = {unit for number, unit in english_counts_ if (_as_float(number) or 0) < 2}
    several = {unit: number for number, unit in english_counts_ if (_as_float(number) or 0) >= 2
               and unit not in counted_one and unit != "time" and not _one_of_several(unit, english)}
    english_times = re.search(_ENGLISH_PART_OF_THE_DAY, english, re.IGNORECASE)
    if not several or re.search(r"\bone\b", english, re.IGNORECASE) or _total_of_a_period(english) \
            or (_spread_over_the_day(translation, lang) and not english_times):
        return  # "two tablets, one in the morning"; "two tablets a day" as one twice a day, one in the morning and one
    with_one = _counted_with_one(translation, lang, saying_times=False)
    counted_otherwise = {count.unit for count in [*_counted_in_words(translation, lang),
                                                  *_counts_in_digits(translation, lang)]}
    for unit, number in several.items():
        if unit in with_one and unit not in counted_otherwise:
            label = unit if unit in lexicon.COUNTED_PLURALS else _unit_label(unit).removesuffix("s")
            yield (f"the translation counts 1 {label} (“{_as_written(with_one[unit], translation, lang)}”); the English counts {number} "
                   f"{_unit_label(unit)}")


def _total_of_a_period(english: str) -> bool:
    """Does the English count a total of a day or week ("two tablets a day", "three injections a week"), which a
    translation may give as one each time? Not a dose given how often ("two tablets twice a day")."""
    return any(not re.search(r"\b(?:once|twice|thrice|times)\s+$", english[:found.start()], re.IGNORECASE)
               for found in _ENGLISH_PER_PERIOD.finditer(english))


_ENGLISH_PER_PERIOD = re.compile(r"\b(?:(?:a|per|each|every)\s+(?:day|week|night|month)|daily|weekly|nightly)\b",
                                 re.IGNORECASE)


def _spread_over_the_day(translation: str, lang: str) -> bool:
    """Does the translation name two times of the day or weekdays, over which one of a thing each may be the
    English's several ("una inyección los lunes, miércoles y viernes")?"""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return False
    line = _line_of(_folded(translation, data), data)
    return any(regex is not None and len(regex.findall(line)) >= 2 for regex in (compiled.time_of_day, compiled.weekdays))


def _one_of_several(unit: str, english: str) -> bool:
    """Does the English say one of ``unit`` too, with "a", "an", "single" or "another" ("after a week", "a single
    tablet")? The translation's one may be that. Not "each tablet", whose "cada" the word for one is not."""
    noun = unit if unit in lexicon.COUNTED_PLURALS else _unit_label(unit).removesuffix("s")
    return any(not re.search(r"\b(?:once|twice|thrice|times)\s+$", english[:found.start()], re.IGNORECASE)
               for found in re.finditer(rf"\b(?:a|an|single|another)\s+(?:(?!\d)[^\W\d]+\s+)?{re.escape(noun)}s?\b",
                                        english, re.IGNORECASE))  # not the "a day" of "twice a day"


_BOTH = re.compile(r"\bboth\b")


def _counted_with_one(translation: str, lang: str, *, saying_times: bool = True) -> dict[str, str]:
    """What the translation counts with its word for one ("una inhalación", "bir puf", "بخة واحدة", 一喷), with the
    words, in a sentence that says how many times (``saying_times``; else in any).

    Not a count elsewhere (as often an article), but it says how many of that the translation gives, so
    that no "dos veces" of it is the English's "two puffs" said as times. Not "each one" ("her bir
    püskürtmeden önce", before each spray), nor an article in another sentence ("Tras una pulverización")."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return {}
    found: dict[str, str] = {}
    for sentence in sentences(translation, lang):
        if saying_times and not any(count.unit == "time" for count in [*_counted_in_words(sentence, lang),
                                                                       *_counts_in_digits(sentence, lang)]):
            continue
        folded = _folded(sentence, data)
        if data.script == "CJK":  # 一 before its measure word (每次一喷), not the end of a larger number (十一)
            found |= {counted[1]: folded[match.start():counted[0]] for match in re.finditer("一", folded)
                      if not (match.start() and _CJK_NUMERAL.match(folded, match.start() - 1))
                      and (counted := _unit_counted(folded, compiled, match.end())) is not None}
            continue
        if compiled.one is None or not data.spaced:
            continue
        line = _word_line(folded)
        for match in compiled.one.finditer(line):
            before = (line[:match.start()].split() or [""])[-1]
            if before in _EACH or not line.startswith(" ", match.end()):
                continue
            if lang in _ONE_AFTER_ITS_NOUN:  # قطرة واحدة, one drop
                counted = _unit_counted(f" {before} ", compiled, 1) if before else None
                words = f"{before} {match.group()}"
            else:
                counted = _unit_counted(line, compiled, match.end() + 1)
                words = line[match.start():counted[0]].strip() if counted is not None else ""
            if counted is not None:
                found.setdefault(counted[1], words)
    return found


_ONE_AFTER_ITS_NOUN = frozenset({"ar"})
# "each" before a word for one, as folded text reads: "her bir" (Turkish), "cada una", "ogni", "καθε", هر, ਹਰ, "mỗi"
_EACH = frozenset({"her", "cada", "ogni", "καθε", "هر", "ਹਰ", "mỗi"})


def _spelled_count_dropped(english: str, translation: str, lang: str) -> Iterator[str]:
    """"Take one tablet twice a day" written "Tome un comprimido al día": a count of two to ten the English says in
    words (:func:`_english_counts_in_words`), of doses, or of times in a frequency ("twice a day", "three times
    weekly"; not "never use a needle twice"), where the translation has no number above one, sentence by sentence
    when both have as many (:func:`aligned`), and that number nowhere else in the translation (a "twice" moved to
    another sentence).

    The numbers read: :func:`_numbers_read`. Digits dropped are the check's first finding; one is as often an
    article ("un comprimido"), so it is not asked for. Another number, a day's total ("seis comprimidos al día") or
    a count changed, is judged by the other findings. Not asked for: a duration (said in other units, "two days" as
    48 horas), a count that is no exact one ("twice or more", "up to two", "twice as common"), a count forbidden
    ("Do not take two doses": "una dosis adicional"), how often where either text names a time of the day ("twice
    a day": "por la mañana y por la noche", 早晚各一片), or where the translation halves the period ("twice a
    year": 每半年一次)."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return
    pairs = aligned(english, translation, lang)
    anywhere = _less_both(_numbers_read(translation, lang, compiled, data), english, translation, lang) \
        if len(pairs) > 1 else set()
    for index, (source, target) in enumerate(pairs):
        for number, english_words in _dropped_in(source, target, lang, compiled, data):
            if number not in anywhere:  # one sentence's "twice" said in another ("Tómelos ... dos veces al día")
                yield f"{_where(index, pairs)}the English says “{english_words}”; the translation has no {number}"


def _dropped_in(english: str, translation: str, lang: str, compiled: _Compiled,
                data: LanguageData) -> list[tuple[str, str]]:
    """:func:`_spelled_count_dropped` for one sentence (or the whole entry): (number, the English's words) dropped."""
    counted = _english_counts_in_words(english)
    if not counted.keys() - _DURATIONS:
        return []  # most entries: nothing to ask for, nothing to read
    line = _line_of(_folded(translation, data), data)
    if _CJK_HALF_A_PERIOD.search(line):
        return []  # 每半年一次, once every half year, for "twice a year"
    times_of_the_day = (re.search(_ENGLISH_PART_OF_THE_DAY, english, re.IGNORECASE)
                        or (compiled.time_of_day is not None and compiled.time_of_day.search(line))
                        or (data.script == "CJK" and "早晚" in line))
    frequencies = {found.lower() for found in _ENGLISH_FREQUENCY_COUNT.findall(english)}
    weekdays = compiled.weekdays is not None and compiled.weekdays.search(line) is not None
    said = [(number, words) for unit, counts in counted.items()
            if unit not in _DURATIONS  # "two days" may be "48 horas", "two weeks" "quince días"
            and not (unit == "time" and times_of_the_day)
            for number, words in counts
            if (unit != "time" or words in frequencies) and 2 <= (_as_float(number) or 0) <= 10
            and not _said_otherwise(words, english, weekdays)]
    if not said:
        return []
    numbers = _less_both(_numbers_read(translation, lang, compiled, data, two_without_a_number=True),
                         english, translation, lang)
    if any((_as_float(number) or 0) > 1 for number in numbers):
        return []  # a total or another count said instead ("Tome seis comprimidos al día"): judged above
    return list(dict.fromkeys(said))


def _numbers_read(translation: str, lang: str, compiled: _Compiled, data: LanguageData, *,
                  two_without_a_number: bool = False) -> set[str]:
    """The numbers of a translation :func:`_spelled_count_dropped` reads: in digits, before "times" or what it
    counts (:func:`_counted_in_words`: a dual, with its article too, القرصين; an adverb of times; a Chinese numeral
    before a measure word, 次, 下, 倍 or 餐, not 二甲双胍 or 周三), and any number word of the language, with the
    Arabic article (الأربعة) or joined to "times" (سه‌بار), but not one as often another word (lexicon.
    NUMBER_WORDS_NOT_COUNTING). With ``two_without_a_number``, a two said by lexicon.TWO_WITHOUT_A_NUMBER too
    ("una dosis doble", "ambas", دوبار), read in the sentence only ("visión doble" elsewhere is no "twice")."""
    line = _line_of(_folded(translation, data), data)
    have = numbers_in(translation, lang) | set(_spelled_numbers(translation, lang)) \
        | {count.number for count in _counted_in_words(translation, lang)}
    if data.script == "CJK":  # a numeral before what it counts, also side by side (两三次)
        have |= {_cjk_value(numeral) for numeral in _CJK_BEFORE_A_COUNT.findall(line)}
    else:
        # a number joined to "times" by a zero-width non-joiner is its own word (سه‌بار; not سه‌شنبه, Tuesday)
        words = [part.removeprefix("ال") for word in line.split()
                 for part in (word.split("\u200c") if word.endswith(_JOINED_TIMES) else [word])]
        phrases = [*zip(["", *words], words), *((before, f"{first} {second}")
                                                for before, first, second in zip(["", *words], words, words[1:]))]
        have |= {compiled.number_values[phrase] for before, phrase in phrases
                 if phrase in compiled.number_values and phrase not in compiled.not_counting
                 and before not in compiled.names_after}  # not "thứ Hai" (Monday)
        have |= {"2"} if any(_dual(word, compiled) for word in words) else set()
    if two_without_a_number and compiled.two_without_a_number is not None and compiled.two_without_a_number.search(line):
        have.add("2")
    return have


def _less_both(numbers: set[str], english: str, translation: str, lang: str) -> set[str]:
    """The numbers read, without a two in words where the English says "both" ("και στα δύο μάτια", "ambos ojos":
    both eyes), unless the translation has it in digits or before "times"."""
    if "2" not in numbers or not _BOTH.search(english.lower()):
        return numbers
    return numbers if "2" in numbers_in(translation, lang) | set(_spelled_numbers(translation, lang)) else numbers - {"2"}


def _said_otherwise(words: str, english: str, weekdays: bool) -> bool:
    """Is the English's count one a translation may well say without its number? No exact one ("twice or more",
    "more than two doses", "up to three times", "twice as common"); one forbidden ("do not take two doses": "una
    dosis adicional"); one shared out ("two injections, one on each side": "una inyección a cada lado"); a count
    a week where the translation names the weekdays ("three injections a week": "los lunes, miércoles y viernes");
    times with meals ("three times a day with meals": "con cada comida", 每餐); or times a month or a year ("twice
    a year": "semestral", "altı ayda bir", 每季度)."""
    said = re.escape(words)
    return any(re.search(pattern.format(said=said), english, re.IGNORECASE) for pattern in _SAID_OTHERWISE) \
        or (weekdays and re.search(rf"\b{said}[\s-]+(?:(?:a|per|each|every)\s+week|weekly)\b", english,
                                   re.IGNORECASE) is not None)


_SAID_OTHERWISE = (
    r"\b(?:(?:more|fewer|less) than|at (?:least|most)|up to) {said}\b",  # no exact count
    r"\b{said} (?:or (?:more|fewer|less)|as\b|times as\b)",
    r"\b(?:not|never|no)\s+(?:\w+\s+){{0,3}}{said}\b|n[’']t\s+(?:\w+\s+){{0,3}}{said}\b",  # forbidden
    r"\b{said}\b.*\bone (?:\w+ )?(?:on|in|into|for|to|at) each\b",  # shared out
    r"\b{said}[\s-]+(?:(?:a|per|each|every)\s+(?:\w+\s+)?(?:month|year)|monthly|yearly|annually)\b",  # a month, a year
    r"\b{said}\b.*\b(?:(?:with|after|before|at) (?:each |every |your |the )?meals?|mealtimes?)\b",  # with meals
)


# A Chinese numeral before what it counts: a measure word (as _cjk_counts reads them), 次, 下 or 遍 (times), 倍 (-fold),
# 份 (portions), 餐 (meals); side by side too (两三次).
_CJK_BEFORE_A_COUNT = re.compile(
    r"[一二两兩三四五六七八九十](?=[一二两兩三四五六七八九十]*(?:[次下遍回倍份餐片粒颗顆锭錠滴剂劑针針支袋瓶]|[个個]))")
# Persian "times" (lexicon.COUNTED) written onto its number: سه‌بار
_JOINED_TIMES = tuple(f"\u200c{word}" for word in lexicon.COUNTED["fa"]["time"])
_CJK_HALF_A_PERIOD = re.compile(r"每半(?:年|个月|個月|月|天|日)")  # every half year; not 持续半年, 半片 or 半小时
# A count of times that says how often: "twice a day", "three times weekly", "twice-weekly", "twice each morning"
# (not "never use a needle twice"); group 1 is the count as _english_counts_in_words gives it.
_ENGLISH_FREQUENCY_COUNT = re.compile(
    rf"\b((?:once|twice|thrice|(?:{'|'.join(_CARDINALS)}) times))[\s-]+"
    r"(?:(?:a|per|each|every)\s+(?:day|week|month|year|night|morning|evening|\d+\s+hours)|daily|weekly|monthly)",
    re.IGNORECASE)


def _labels(english: str) -> set[str]:
    """The English's numbers that name something rather than count it ("type 2 diabetes", "step 3"):
    no count of the translation is excused by them."""
    return {number_value(found) for found in _LABEL_NUMBER.findall(english.lower())}


_LABEL_NUMBER = re.compile(r"\b(?:type|stage|step|grade|level|phase|part|section|page|question|q)\s*(\d+)\b")


def _counts_in_digits(translation: str, lang: str) -> list[_Count]:
    """Each count in digits of the translation that names nothing else (:func:`_not_a_count`)."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return []
    return [count for count in _counts_after_digits(_folded(translation, data), lang, compiled, data)
            if not _not_a_count(count, compiled)]


def _english_totals(english: str, counts: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Counts a translation may make of the English's.

    Every N hours as 24/N times a day; a period in a smaller unit ("for one year": "doce meses";
    "two days before": 48 hours; "two weeks": 14 days). A day's total: :func:`_day_totals_allowed`;
    a sum: :func:`_english_sums`.
    """
    totals = {(each, "time") for each in _times_a_day(english)}  # "every 8 hours": "tres veces al día"
    for number, unit in counts:
        if (value := _as_float(number)) is not None:
            totals |= {(f"{value * factor:g}", smaller) for smaller, factor in _PERIOD_IN_SMALLER_UNITS.get(unit, ())}
    return totals


def _english_sums(english: str, said: dict[str, list[tuple[str, str]]]) -> set[tuple[str, str]]:
    """What the English counts in words added up, with its numbers in words that count nothing where it counts
    one thing: "one tablet in the morning and one at night" makes two tablets, allowed but as one part of the
    day or one dose (:func:`_counts_of_a_part`): "dos comprimidos al día", "Tome dos comprimidos, uno por la
    mañana y otro por la noche", 服用两片（早上一片，晚上一片）; not "dos comprimidos por la mañana y uno por la
    noche", the morning's dose doubled."""
    sums = set()
    things = [unit for unit in said if unit != "time"]
    # a number in words counting nothing adds to the one thing taken the English counts, never to a period ("one
    # tablet and wait ten minutes" makes no eleven minutes) nor to one of several things taken
    taken = [unit for unit in things if unit not in _DURATIONS]
    loose = _loose_numbers(english) if len(taken) == 1 else 0
    for unit in things:
        numbers = [int(number) for number, _ in said[unit]]
        added = loose if unit in taken else 0
        if len(numbers) > 1 or added:
            sums.add((str(sum(numbers) + added), unit))
    return sums


_DURATIONS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})


def _day_totals_allowed(english: str, counts: set[tuple[str, str]], said: dict[str, list[tuple[str, str]]],
                        found: list[_Count], translation: str, lang: str) -> set[tuple[str, str]]:
    """A day's total of what the English counts in words, one dose's count times how often: "two
    tablets twice a day" written 每日四片 or "cuatro comprimidos al día, en dos veces"
    (:func:`_splits_a_total`), "one tablet every eight hours" written "tres comprimidos al día, uno cada ocho horas".

    Where the translation says how often too (:func:`_says_how_often`: a number of times that
    splits no total, or the English's "every N hours"), its count is one dose's, and "one tablet
    twice a day" written "dos comprimidos dos veces al día", or "one tablet every eight hours"
    written "tres comprimidos cada ocho horas", is the dose doubled or tripled. There a total
    stands only in a clause of its own with a word for the day (:func:`_day_counts`): beside times
    only where the dose is counted with the English's number too ("dos comprimidos dos veces al
    día: cuatro comprimidos al día"), beside "every N hours" also where it is not ("tres
    comprimidos al día, uno cada ocho horas", "un comprimido cada ocho horas (tres comprimidos al
    día)"). A dose counted allows only its own totals (its count times each frequency of the
    entry): the children's "1 comprimido" lets no adults' "seis comprimidos tres veces al día"
    through. ``found``: the translation's counts.
    """
    hours, daily = _every_hours(english), [int(each) for each in _times_a_day(english)]
    times = [int(value) for number, unit in counts if unit == "time" and (value := _as_float(number)) is not None]
    how_often_said = {count.unit for count in found if _says_how_often(count, hours, lang)}
    day_counts: set[tuple[str, str]] | None = None  # made when first needed: most entries need none
    totals = set()
    for unit, counted in said.items():
        for number in {number for number, _ in counted if unit != "time"}:
            made = {(str(int(number) * each), unit) for each in [*times, *daily]}
            dose_said = any(count.number == number and count.unit == unit for count in found)
            if not how_often_said:
                totals |= made
            elif made and (dose_said or "time" not in how_often_said):
                if day_counts is None:
                    day_counts = _day_counts(translation, hours, lang)
                totals |= made & day_counts
    return totals


def _says_how_often(count: _Count, hours: set[str], lang: str) -> bool:
    """Is this count of the translation how often a dose is taken: a number of times that splits no
    day's total ("dos veces", not "en dos veces"), or the English's "every N hours" ("cada ocho horas")?"""
    if count.unit == "time":
        return not _splits_a_total(count, lang)
    return count.unit == "hour" and count.number in hours


def _day_counts(translation: str, hours: set[str], lang: str) -> set[tuple[str, str]]:
    """The counts a translation gives as a day's, apart from how often: each in a clause (between
    commas, colons, semicolons, brackets, dashes or sentence ends) with a word for the day or a total
    (lexicon.PER_DAY, shorthand such as "/día" included; or right after a clause of such words alone
    in the same sentence: "en total, tres comprimidos") and neither times nor the interval, and in no
    other clause. "tres comprimidos al día, uno cada ocho horas", "un comprimido cada ocho horas (tres
    comprimidos al día)", 每日三片，每八小时服用一次, "dos veces al día: cuatro comprimidos al día"; not
    "tres comprimidos cada ocho horas (tres comprimidos al día)" nor "Cada día, tome tres comprimidos
    cada ocho horas", where the count is beside how often: a dose.
    """
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.per_day is None:
        return set()
    of_a_day: set[tuple[str, str]] = set()
    elsewhere: set[tuple[str, str]] = set()
    lead_in = False
    for text, after in _clauses(translation):
        if not any(char.isalnum() for char in text):
            continue
        counted = _counts_in_clause(text, lang)
        folded = _folded(text, data)
        line = _word_line(folded)
        day_word = compiled.per_day.search(line)
        shorthand = compiled.per_day_after_slash is not None and compiled.per_day_after_slash.search(folded)
        beside_how_often = any(_says_how_often(count, hours, lang) for count in counted)
        ((of_a_day if (day_word or shorthand or lead_in) and not beside_how_often else elsewhere)
         .update((count.number, count.unit) for count in counted))
        lead_in = (day_word is not None and day_word.group().strip() == line.strip()
                   and after not in _SENTENCE_ENDS)
    return of_a_day - elsewhere


def _counts_of_a_part(translation: str, hours: set[str], lang: str) -> set[tuple[str, str]]:
    """The counts of a translation that are one part of the day's or one dose, never a total: each in a clause (as
    :func:`_day_counts` reads them) with a time of the day (lexicon.TIME_OF_DAY: "dos comprimidos por la mañana",
    早上两片) or how often ("dos comprimidos dos veces al día"), and no word for a total (lexicon.TOTAL: "早晚共服两片")."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.time_of_day is None:
        return set()
    parts: set[tuple[str, str]] = set()
    for text, _ in _clauses(translation):
        counted = _counts_in_clause(text, lang)
        line = _line_of(_folded(text, data), data)
        if counted and (compiled.time_of_day.search(line) or any(_says_how_often(c, hours, lang) for c in counted)) \
                and (compiled.total is None or not compiled.total.search(line)):
            # a word for the day does not make it a total: "Tome a diario dos comprimidos por la mañana", 每天早上两片
            parts |= {(count.number, count.unit) for count in counted}
    return parts


def _clauses(translation: str) -> Iterator[tuple[str, str]]:
    """Each clause of a translation (between commas, colons, semicolons, brackets, dashes or sentence ends) with the
    break after it ("" after the last)."""
    parts = _CLAUSE_BREAK.split(translation)  # clause, break, clause, break, ..., clause
    return itertools.zip_longest(parts[::2], parts[1::2], fillvalue="")


def _counts_in_clause(text: str, lang: str) -> list[_Count]:
    """The counts of one clause, in words and in digits."""
    return [*_counted_in_words(text, lang), *_counts_in_digits(text, lang)]


def _after_slash(shorthand: list[str], data: LanguageData) -> re.Pattern[str] | None:
    """Day words after a slash ("/dia", "/日"; "/ día" too), folded, as one pattern over a folded text; in a
    spaced script each ends a word ("/diario" is no "/dia")."""
    if not shorthand:
        return None
    words = "|".join(re.escape(fold(word, data.keep_marks).removeprefix("/")) for word in shorthand)
    return re.compile(rf"/ ?(?:{words})" + (r"(?!\w)" if data.spaced else ""))


def _periods_after_slash(data: LanguageData, shorthand: Mapping[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    """A rate's period in the language's own words after a slash ("mL/hora", "mL/ώρα", "毫升/时"), one named group
    per period (:data:`_RATE_UNITS`), over folded text: the period's words (``LanguageData.units``, their endings
    left open) and the language's shorthand for it (lexicon.PERIODS_AFTER_SLASH). In a spaced script each ends a word."""
    groups = []
    for unit in _RATE_UNITS:
        words = sorted({fold(word, data.keep_marks) for word in (*data.units.get(unit, ()), *shorthand.get(unit, ()))},
                       key=len, reverse=True)
        if words:
            ending = r"\w*" if data.spaced else ""
            spelled = "|".join(re.escape(word.strip("*")) + (ending if word.endswith("*") else "") for word in words)
            groups.append(f"(?P<{unit}>{spelled})")
    if not groups:
        return None
    return re.compile(rf"/ ?(?:{'|'.join(groups)})" + (r"(?!\w)" if data.spaced else ""))


def _slashed_periods(text: str, lang: str) -> set[str]:
    """The periods of the rates ``text`` writes after a slash: "/h", "/min" as English has them, or the language's
    words ("5 mL/hora", "5毫升/时")."""
    found = {unit for match in _ANY_RATE_PERIOD.finditer(text) if (unit := _rate_unit(match["period"])) is not None}
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is not None and data is not None and compiled.periods_after_slash is not None:
        found |= {str(match.lastgroup) for match in compiled.periods_after_slash.finditer(_folded(text, data))}
    return found


# Not a point, comma or colon inside a number: "1.5 comprimidos", "1,5", "8:00" are one clause. The Greek
# semicolon (ano teleia) and dashes end one too. One group: re.split keeps each break.
_CLAUSE_BREAK = re.compile(r"([;()\[\]，；：（）、،؛!?。！？؟।·\u0387—–\n]|(?<= )-(?= )|[.,:](?!\d)|(?<!\d)[.,:])")
_SENTENCE_ENDS = frozenset(".!?。！？؟।\n")


def _splits_a_total(count: _Count, lang: str) -> bool:
    """Is this number of times what a day's total is split into ("en dos veces", 分两次: lexicon.SPLIT_BEFORE)?"""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return False
    # a count in words or digits has the word before it; a Chinese one its clause
    before = count.before in compiled.split_before if data.spaced else count.before.endswith(compiled.split_before)
    return before or count.after in compiled.split_after


def _loose_numbers(english: str) -> int:
    """The sum of the English's numbers in words that count nothing and add a part of the day to a count before
    them (:data:`_ENGLISH_ADDED`): the second "one" of "one tablet in the morning and one at night". Not one
    that limits, names or adds a later dose ("no more than one a day", "if you forget one", "and one more after
    four hours, if the pain continues")."""
    lower = _english_compounds(english.lower())[1]
    counts = {found.start(1) for found in _ENGLISH_SPELLED_COUNT.finditer(lower) if _unit_of_noun(found[2])}
    return sum(int(_ENGLISH_NUMBER_WORDS[found[1]]) for found in _ENGLISH_ADDED.finditer(lower)
               if found.start(1) not in counts)


_TAKEN = r"tablets?|pills?|capsules?|drops?|doses?|injections?|puffs?|sachets?"  # what a patient takes, in English
# A number in words after "and", "then", "followed by", "plus" or a comma, right before a time of the day, a meal,
# bedtime, a weekday, today or tomorrow (the parts lexicon.TIME_OF_DAY names in a translation): ", one on Wednesday and one on
# Friday", "and then one in the evening"; not "and one more after four hours" (a second dose, as often one if
# needed), ", two at most", "between six and twelve".
_ENGLISH_PART_OF_THE_DAY = (
    r"(?:in\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening)|(?:each|every)\s+(?:morning|evening|night)"
    r"|at\s+(?:night|noon|midday|midnight|lunchtime|teatime|bedtime)"
    r"|(?:with|at|after|before)\s+(?:your\s+|the\s+)?(?:breakfast|lunch|dinner|supper|evening\s+meal)"
    r"|before\s+(?:bed|bedtime|sleep)|today|tonight|tomorrow"
    rf"|on\s+{_ENGLISH_WEEKDAY}s?)"
)
_ENGLISH_ADDED = re.compile(rf"(?:\b(?:and|then|followed\s+by|plus)|,)\s+(?:then\s+)?(?:another\s+)?({'|'.join(_CARDINALS)})"
                            rf"\s+(?:more\s+)?(?:(?:{_TAKEN})\s+)?{_ENGLISH_PART_OF_THE_DAY}\b")


def _as_float(number: str) -> float | None:
    """A number as :func:`number_value` gives it, or None for one kept as written (a version, 1.2.3)."""
    try:
        return float(number)
    except ValueError:
        return None


def _times_a_day(english: str) -> set[str]:
    """How many times a day the English's "every N hours" is, for each N that divides a day: "every 8 hours", 3."""
    return {str(24 // int(value)) for value in map(float, _every_hours(english))
            if value.is_integer() and 0 < value <= 24 and 24 % value == 0}


def _every_hours(english: str) -> set[str]:
    """The N of each "every N hours" of the English, as :func:`number_value` writes it: "every eight hours", 8."""
    return {_english_value(found["n"]) for found in _EVERY_HOURS.finditer(english.lower())}


def _english_value(number: str) -> str:
    """A number of the English in digits or words, as :func:`number_value` writes it: "eight", "twenty-four", "8"."""
    if (compound := _ENGLISH_COMPOUND.fullmatch(number)) is not None:
        return _compound_value(compound)
    return number_value(_ENGLISH_NUMBER_WORDS.get(number, number))


_EVERY_HOURS = re.compile(rf"\bevery (?P<n>\d+|{_ENGLISH_COMPOUND.pattern}|{'|'.join(_CARDINALS)}) hours?\b")

_PERIOD_IN_SMALLER_UNITS = {
    "hour": (("minute", 60),), "day": (("hour", 24),), "week": (("day", 7),),
    "month": (("week", 4), ("day", 30)), "year": (("month", 12), ("week", 52), ("day", 365)),
}


def _only_implied(english: str, implied: set[tuple[str, str]]) -> set[str]:
    """The numbers only a phrase implying a count gives the English ("every second day": 2), not also
    said otherwise ("two 250 mg tablets ... 4 hours between doses")."""
    rest = english.lower()
    for pattern, _, _ in _IMPLIED_COUNTS:
        rest = pattern.sub(" ", rest)
    return {number for number, _ in implied} - _english_number_words(rest) - numbers_in(english)


def _english_implied_counts(english: str) -> set[tuple[str, str]]:
    """Counts the English says without a number: "every other day" is 2 days ("cada dos días"), "every
    third day" 3, "one tablet daily" once a day, "a week" 7 days, "a fortnight" 14 or 15 days or 2 weeks, "half an hour" 30 minutes,
    "a trimester" 3 months, noon 12 hours; "between doses", "between each dose", "both tablets", "a
    double dose" or "an extra dose" (written "dos dosis juntas"), "a couple of days", and the doses of
    "four weeks apart" (两剂之间) 2 of them."""
    lower = english.lower()
    found: set[tuple[str, str]] = set()
    for pattern, number, unit in _IMPLIED_COUNTS:
        for match in pattern.finditer(lower):
            found.add((number or _ENGLISH_ORDINALS[match["ordinal"]], unit or _unit_of_noun(match["noun"]) or ""))
    # "every week", "weekly" with no number of times: once a week ("Su INR se controlará una vez por semana" beside
    # another sentence's "twice a day"); not where the English counts times a week ("twice a week, every week")
    if _EVERY_WEEK.search(lower) and not _TIMES_A_WEEK.search(lower):
        found.add(("1", "time"))
    return found


_EVERY_WEEK = re.compile(r"\b(?:every|each) week\b|\bweekly\b")
_TIMES_A_WEEK = re.compile(r"\b(?:twice|thrice|times)[\s-]+(?:(?:a|per|each|every)\s+week|weekly)\b")


_COUNTED_NOUN = r"(?P<noun>days?|weeks?|months?|hours?|doses?|tablets?|drops?|injections?|capsules?)"
_IMPLIED_COUNTS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple((re.compile(pattern), number, unit) for pattern, number, unit in (
    (rf"\b(?:every other|every second|alternate) {_COUNTED_NOUN}", "2", ""),
    (rf"\bevery (?P<ordinal>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) {_COUNTED_NOUN}", "", ""),
    (rf"\bbetween (?:each |every |one |the |your )?{_COUNTED_NOUN}", "2", ""),  # "entre dos dosis"
    (rf"\b(?:a couple of|double|an extra|extra) {_COUNTED_NOUN}", "2", ""),  # "no tome dos dosis juntas"
    (r"\b(?:a|one|per|each) week\b|\bweekly\b", "7", "day"),
    (r"\bfortnight", "14", "day"), (r"\bfortnight", "15", "day"), (r"\bfortnight", "2", "week"),
    (r"\bhalf an hour\b|\bhalf-hour\b", "30", "minute"),
    (r"\btrimester", "3", "month"),
    (r"\bnoon\b|\bmidday\b|\bmidnight\b", "12", "hour"),  # "mười hai giờ trưa", twelve o'clock
    (r"\bapart\b", "2", "dose"), (r"\bapart\b", "2", "injection"),  # "four weeks apart": 两剂之间
    # "then one tablet daily", with no number of times: once a day ("una vez al día"); not a limit ("no more than one
    # tablet a day"), nor a day's total of several ("8 tablets a day", "20 mg a day"), nor "each morning" beside
    # another sentence's "twice": which sentence a translation's "once" renders is not known here
    (rf"(?<!than )(?<!to )(?<!maximum of )\b(?:one|a single|a) (?:{_TAKEN}) (?:daily|a day|per day|each day|every day)\b",
     "1", "time"),
))
_ENGLISH_ORDINALS = {"third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8",
                     "ninth": "9", "tenth": "10"}


def _unit_of_noun(noun: str) -> str | None:
    """The unit an English noun counts: "tablets" -> tablet, "days" -> day."""
    return _WORD_UNITS.get(noun) or next(
        (unit for unit, regex in _ENGLISH_COUNTED_NOUNS.items() if regex.fullmatch(noun)), None)


# -- drug names -------------------------------------------------------------------------


def _drug_regex(glossary: Glossary, data: LanguageData | None) -> tuple[re.Pattern[str] | None, dict[str, Term]]:
    """Every form of every glossary drug (English, synonyms, each language's), compiled once per glossary."""
    keep_marks, spaced = (data.keep_marks, data.spaced) if data else (False, True)
    key = ("drugs", keep_marks, spaced, data.script if data else "")
    if key not in glossary.compiled:
        names = {fold(form, keep_marks): term for term in glossary.terms if term.drug for form in term.all_forms()}
        # Arabic script joins the article and clitics to the name (الكيتامين, بالمورفين): a word starts there or
        # after them, not inside another name (الدیامورفین, diamorphine, holds مورفین; الاسکیتامین, esketamine)
        word = _word_char()
        if data and data.script == "ARABIC":
            left = "(?:" + "|".join([f"(?<!{word})", *(f"(?<=(?<!{word}){clitic})" for clitic in _ARABIC_CLITICS)]) + ")"
        else:
            left = rf"(?<!{word})" if spaced else ""
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        glossary.compiled[key] = (re.compile(f"{left}(?:{alternatives})") if alternatives else None, names)
    return glossary.compiled[key]


# What Arabic joins before a name, as folded: the article, with "and", "with", "for", "so", "like" (والـ, بالـ, للـ)
_ARABIC_CLITICS = ("ال", "وال", "بال", "فال", "کال", "لل", "وبال", "ولل", "و", "ب", "ل", "ف", "ک", "وب", "ول", "فب", "فل")


def drugs_named(text: str, lang: str | None, glossary: Glossary) -> dict[str, str]:
    """The glossary drugs a text names, in any language's form: English name -> the name as found (folded)."""
    data = language_data(lang) if lang else None
    found: dict[str, str] = {}
    for drug, word in _drug_matches(_folded(text, data), glossary, data):
        found.setdefault(drug, word)
    return found


def _drug_matches(folded: str, glossary: Glossary, data: LanguageData | None) -> Iterator[tuple[str, str]]:
    """Each glossary drug a folded text names, in order: its English name and the name as found."""
    regex, names = _drug_regex(glossary, data)
    for match in regex.finditer(folded) if regex is not None else ():
        yield names[match.group()].english, match.group()


class _GluedDrug(NamedTuple):
    """A glossary drug's name glued to another drug's prefix or suffix: 吗啡 (morphine) in 氢吗啡酮."""

    drug: str  # the glossary drug's English name
    word: str  # the name with the affixes glued to it, as folded: 氢吗啡酮
    prefix_parts: tuple[str, ...]  # the English parts that say its prefix ("hydro"), when it has one
    suffix_parts: tuple[str, ...]  # those that end a name as its suffix does ("one")

    def said_by(self, english_word: str) -> bool:
        """Does this English word name that relative ("hydromorphone": hydro, morph, -one)?"""
        if self.drug[:5].lower() not in english_word or english_word == self.drug.lower():
            return False
        return ((not self.prefix_parts or any(part in english_word for part in self.prefix_parts))
                and (not self.suffix_parts or english_word.endswith(self.suffix_parts)))


def _drugs_alone_and_glued(translation: str, data: LanguageData,
                           glossary: Glossary) -> tuple[set[str], list[_GluedDrug]]:
    """In unspaced writing: the glossary drugs named on their own, and each name glued to another drug's
    prefix or suffix (a name of one character, 镁 in 磷酸氢镁, is left alone: too short to tell)."""
    regex, names = _drug_regex(glossary, data)
    alone: set[str] = set()
    glued: list[_GluedDrug] = []
    if regex is None:
        return alone, glued
    folded = _folded(translation, data)
    for match in regex.finditer(folded):
        drug = names[match.group()].english
        before = max((prefix for prefix in data.drug_prefixes if folded.endswith(prefix, 0, match.start())),
                     key=len, default="")
        after = max((suffix for suffix in data.drug_suffixes if folded.startswith(suffix, match.end())),
                    key=len, default="")
        if (before or after) and len(match.group()) > 1:
            glued.append(_GluedDrug(drug, before + match.group() + after, data.drug_prefixes.get(before, ()),
                                    data.drug_suffixes.get(after, ())))
        else:
            alone.add(drug)
    return alone, glued


# -- English against English: a back-translation (pipeline.drafting.backtranslate) ------

def english_negation(text: str) -> str | None:
    """The first negation an English text says ("not", "never", "unlikely", "don't"), or None."""
    match = _ENGLISH_NEGATION.search(text)
    return match.group() if match else None


def english_negative_meaning(text: str) -> bool:
    """Does the text say something negative without a "not" ("unsafe", "stop", "fasting")?"""
    return _ENGLISH_NEGATIVE_MEANING.search(text) is not None


def english_content_words(text: str) -> list[str]:
    """The words of an English text that carry its meaning, folded: no function words, numbers or 1-2 letters."""
    return [w for w in _words(fold(_plain(text))) if len(w) > 2 and w not in _ENGLISH_FUNCTION_WORDS]


# -- the checks ------------------------------------------------------------------

CheckFunction = Callable[[str, str, str, Glossary | None], Iterable[str]]


def numbers(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Numbers: every number, range and value of the English, and no other.

    Native digits (Arabic-Indic ١١٠, Persian ۱۱۰) and decimal commas count as
    the same number; Chinese numerals may stand for an English number.
    """
    clocks = _clock_times(english, translation, lang)
    wanted = numbers_in(clocks.english_rest)
    found = numbers_in(clocks.translation_rest, lang) - (clocks.bare_hours - wanted)
    missing = wanted - found
    data = language_data(lang)
    if missing and data is not None and data.script == "CJK":
        missing -= _cjk_numbers(translation)
    # A number word of the translation may add a number ("twice" written "tres veces"), never
    # stand for a digit of the English: "dos" may be the "twice" of "dos veces" where the 2 of
    # "2 tablets" was dropped, or the end of "treinta y dos".
    spelled = _spelled_numbers(translation, lang)
    english_words = _english_number_words(english)
    # "every 8 hours" may be written "tres veces al día" (in words: a digit is reported, as before)
    extra = (found | (set(spelled) - _times_a_day(english))) - wanted - english_words
    if clocks.missing:
        yield f"the English has {', '.join(clocks.missing)}; the translation does not"
    yield from list(_half_of_the_day_swapped(english, translation, lang)) or _meridiem_swapped(english, translation, lang)
    yield from _every_other_dropped(english, translation, lang)
    yield from _half_dropped_or_added(english, translation, lang)
    yield from _quarter_dropped(english, translation, lang)
    yield from _quarter_changed(english, translation, lang)
    yield from _limit_dropped(english, translation, lang)
    yield from _as_needed_dropped(english, translation, lang)
    if clocks.extra:
        yield f"the translation has {', '.join(clocks.extra)}; the English does not"
    if missing:
        yield f"the English has {_list(missing)}; the translation does not" + _said_in_words(
            english, translation, lang, missing)
    if extra:
        words = [spelled[number] for number in _in_order(extra) if number in spelled and number not in found]
        said = f" (“{'”, “'.join(words)}”)" if words else ""  # a reviewer looking for a 3 finds "tres veces"
        yield f"the translation has {_list(extra)}{said}; the English does not"
    changed = list(_spelled_count_changed(english, translation, lang, wanted | english_words | extra)) \
        or ([] if missing else list(_count_made_one(english, translation, lang)))  # a 2 dropped says it already
    if not (extra or changed):
        changed = list(_count_beside_a_part_of_the_day(english, translation, lang, wanted | english_words))
    yield from changed
    if not (missing or extra or changed):  # a count changed is also one dropped: one finding says it
        yield from _spelled_count_dropped(english, translation, lang)
        yield from _numbers_moved_between_sentences(english, translation, lang)
        yield from _doses_turned_round(english, translation, lang)
    for shown in dict.fromkeys(_ZERO_LOOKALIKE.findall(translation)):
        if shown not in english:  # "4O" reads as 40 and counts as 4
            yield f"“{shown}” is written with a letter O that reads as a zero: write the number in digits"


def _numbers_moved_between_sentences(english: str, translation: str, lang: str) -> Iterator[str]:
    """A number of one English sentence that the translation has only in another, where both have as many sentences
    and the whole entry keeps its numbers: "Tome 4 comprimidos cada 6 horas. No tome más de 1 comprimido en 24
    horas." for "Take 1 tablet every 6 hours. Do not take more than 4 tablets in 24 hours." has every number, the
    dose and the day's limit swapped. Only a swap, in digits: a number the other sentence's English lacks, where
    that sentence's own number came here; not where the translation's sentences are the English's put in another
    order (each with its numbers), nor a number moved as clauses are merged ("... al día durante 7 días.")."""
    pairs = aligned(english, translation, lang)
    if len(pairs) < 2:
        return
    # each sentence's numbers counted ("day 1 ... 1 tablet" has two 1s): a swap may move a copy
    said = [_numbers_counted(source, "en") for source, _ in pairs]
    written = [_numbers_counted(target, lang) for _, target in pairs]
    if sorted(sorted(numbers.elements()) for numbers in said) == sorted(sorted(numbers.elements()) for numbers in written):
        return  # sentences reordered, numbers kept with theirs
    for index, (english_numbers, translated) in enumerate(zip(said, written, strict=True)):
        for number in sorted(english_numbers - translated):
            # moved to a sentence whose own number came here: a swap, not clauses merged ("... al día durante 7 días.")
            elsewhere = [other for other, numbers in enumerate(written)
                         if other != index and (numbers - said[other])[number]
                         and (said[other] - numbers) & (translated - english_numbers)]
            if elsewhere:
                yield (f"{_where(index, pairs)}the English has {number} here; the translation has it in sentence "
                       f"{elsewhere[0] + 1} instead")


# An English sequence of doses: "40 mg for 3 days, then 20 mg", "2 tablets, followed by 1 tablet"
_ENGLISH_THEN = re.compile(r"\b(?:then|followed by|after that|afterwards|thereafter)\b", re.IGNORECASE)
_UNITS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month", "year", "time"})  # what no dose is


def _doses_turned_round(english: str, translation: str, lang: str) -> Iterator[str]:
    """Two doses of one unit that a sentence gives one then the other, given the other way round by a translation
    whose own word of sequence (lexicon.THEN) stands between them: "Tome 20 mg durante 3 días y luego 40 mg" for
    "Take 40 mg for 3 days, then 20 mg" (a course tapered down becomes one stepped up). In digits, each dose once
    in each sentence; not periods ("for 5 days, then 3 days" may be said from the end), nor a translation that
    tells the sequence from its end ("20 mg después de 3 días de 40 mg", "... 40 mg aldıktan sonra")."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or compiled.then is None or data is None:
        return
    pairs = aligned(english, translation, lang)
    for index, (source, target) in enumerate(pairs):
        if not _ENGLISH_THEN.search(source):
            continue
        said, written = _numbers_counted(source, "en"), _numbers_counted(target, lang)
        places, thens, afters = _places_of_numbers_and_thens(target, lang, compiled, data)
        doses: dict[str, list[str]] = {}
        for number, unit in english_counts(source):
            if unit not in _UNITS_OF_TIME:
                doses.setdefault(unit, []).append(number)
        counted = set(translation_counts(target, lang))
        for unit, values in doses.items():
            if len(values) != 2 or values[0] == values[1] or any(
                    said[value] != 1 or written[value] != 1 or (value, unit) not in counted for value in values):
                continue
            first, second = values
            # a "then" between them, no "after" between it and the dose given last ("La dosis de 20 mg se toma más
            # tarde, tras 3 días con 40 mg" tells the sequence from its end)
            if first in places and second in places and places[second] < places[first] \
                    and any(places[second] < then < places[first]
                            and not any(then < after < places[first] for after in afters) for then in thens):
                yield (f"{_where(index, pairs)}the English gives {first}, then {second} ({unit}); the translation "
                       f"gives {second}, then {first}")


def _places_of_numbers_and_thens(text: str, lang: str, compiled: _Compiled, data: LanguageData
                                 ) -> tuple[dict[str, int], list[int], list[int]]:
    """Where each number of ``text`` first stands (by its value: "2,5" is 2.5), and where each word of sequence
    (lexicon.THEN) and each "after" (timing's) does, as places comparable with each other: words of a spaced
    language's word line, characters of an unspaced one's text."""
    folded = _folded(_ascii_digits(text), data)
    line = _line_of(folded, data)
    thens = list(compiled.then.finditer(line)) if compiled.then is not None else []
    # not an "after" inside a "then" ("και μετά", 然后)
    afters = [found for found in compiled.polarity_without_age.finditer(line) if found.lastgroup == "timing_1"
              and not any(then.start() <= found.start() < then.end() or found.start() <= then.start() < found.end()
                          for then in thens)] if compiled.polarity_without_age is not None else []
    if data.spaced:  # the word line's words are the folded text's tokens, one space apart
        starts = [token.start() for token in _line_token().finditer(folded)]

        def place(found: re.Match[str]) -> int:
            return line[:found.start()].count(" ") - 1
    else:
        def place(found: re.Match[str]) -> int:
            return found.start()
    places: dict[str, int] = {}
    for found in _NUMBER.finditer(folded):
        places.setdefault(number_value(found.group(), lang),
                          bisect.bisect_left(starts, found.start()) if data.spaced else found.start())
    return places, [place(found) for found in thens], [place(found) for found in afters]


def _numbers_counted(text: str, lang: str) -> Counter[str]:
    """Each number of ``text`` in digits (as :func:`numbers_in` reads them), with how many times it stands there."""
    text = _LEADING_POINT.sub(r"\g<1>0.", text) if lang == "en" else text
    return Counter(number_value(found.group(), lang) for found in _NUMBER.finditer(_ascii_digits(text)))


def _said_in_words(english: str, translation: str, lang: str, missing: set[str]) -> str:
    """What a reviewer needs where the translation counts a missing digit in words, counting what the English
    counts with it ("dos comprimidos" for "2 tablets"): which words, and what to do.

    The words are not taken for the digit: the rest of the sentence (how often, for how long, the limits around
    it) is read in digits, so "dos comprimidos dos veces al día" for "2 tablets" would pass unread."""
    counted = {(number, unit) for number, unit in english_counts(english) if number in missing}
    words = dict.fromkeys(count.shown for count in _counted_in_words(translation, lang)
                          if (count.number, count.unit) in counted)
    if not words:
        return ""
    return (f" (it writes “{'”, “'.join(words)}” in words, which the checks do not compare: check what the words"
            " count, then write the English's digits)")


class _Clocks(NamedTuple):
    """The English's times of day, matched with the translation's (:func:`_clock_times`)."""

    english_rest: str  # the English without its times of day
    translation_rest: str  # the translation without the times matched or written as times
    bare_hours: set[str]  # numbers of the translation that are an English time's hour ("dalle 8 alle 18")
    missing: list[str]  # the English's times the translation does not have, as the English writes them
    extra: list[str]  # the translation's times the English does not have, as written


def _clock_times(english: str, translation: str, lang: str) -> _Clocks:
    """Times of day, read as times: "6pm" is 18:00 ("de 8.00 a 18.00", "14:00–16:00" for "8am to 6pm", "2pm to
    4pm"), "9.30am" is 9:30, not 9.3.

    Only where the English has a time (12-hour with am or pm, or 24-hour with a colon). Each of the English's
    times takes one of the translation's, each used once: a time written with a colon, a dot (a time only where
    the English has it; not before a unit, "18.00 mg") or "h" before its minutes, in 24 hours (an "8pm" is
    20:00, never 08:00 or 8:00, which are the morning's), or a bare hour that counts nothing ("a las 8 de la
    tarde", "dalle 8 alle 18", 下午两点; a count of hours, "8 giờ", only where the English counts no hours),
    with its minutes ("12点30分"). An "8am" written "20:00", a time dropped, and a number left over fail.
    """
    english_times = [(match, _clock_of(match)) for match in _ENGLISH_CLOCK.finditer(english)]
    if not english_times:
        return _Clocks(english, translation, set(), [], [])
    english_rest = _ENGLISH_CLOCK.sub(" ", english)
    wanted_times = {time for _, time in english_times}
    # "7:30 p. m.", "7:30 م" are 19:30; so is "7:30" told as the afternoon's or evening's by the words beside it
    # ("a las 4:30 de la tarde", 下午4:30, "4:30 chiều" for 4.30pm), unless 7:30 is the time the English wants
    written = []
    for match in _TRANSLATION_CLOCK.finditer(translation):
        hour, minutes = int(match[1]), int(match[3])
        if hour > 24 or minutes >= 60:
            continue
        if hour < 12 and (_PM_AFTER.match(translation, match.end()) or (
                (hour, minutes) not in wanted_times and _told_in_the_afternoon(translation, match, lang))):
            hour += 12
        written.append((match, (hour, minutes)))
    # a dot before two digits is as often a decimal mark ("2.50 mg"): a time only where the English has that time
    written = [(match, time) for match, time in written if match[2] != "." or time in wanted_times
               or (time[0] + 12, time[1]) in wanted_times]
    translation_rest = translation
    for match, _ in written:
        translation_rest = translation_rest.replace(match.group(), " ", 1)
    every = Counter(number_value(found.group(), lang) for found in _NUMBER.finditer(translation_rest))
    data = language_data(lang)
    if data is not None and data.script == "CJK":  # 下午两点: a Chinese numeral before 点 or 时 may be a time's hour
        every.update(_cjk_value(found.group()) for found in _CJK_NUMERAL.finditer(translation_rest)
                     if translation_rest[found.end():found.end() + 1] in ("点", "點", "时", "時"))
    hours_counted = any(unit == "hour" for _, unit in english_counts(english_rest))
    bare = every - Counter(count.number for count in _counts_in_digits(translation_rest, lang)
                           if count.unit not in ("hour", "minute") or hours_counted)
    times_left = Counter(time for _, time in written)
    used: Counter[str] = Counter()
    missing = []
    for match, (hour, minutes) in english_times:
        if times_left[hour, minutes] > 0:  # in 24 hours: 20:00 for 8pm, never 8:00 or 08:00
            times_left[hour, minutes] -= 1
            continue
        hours = [str(hour), *([str(hour - 12)] if hour > 12 else [])]
        hour_said = next((number for number in hours if bare[number] > used[number]), None)
        minutes_said = next((number for number in (f"{minutes:02d}", str(minutes)) if bare[number] > used[number]),
                            None)
        if hour_said is None or (minutes and minutes_said is None):
            missing.append(match.group().strip().rstrip("."))
            continue
        used[hour_said] += 1
        if minutes and minutes_said is not None:
            used[minutes_said] += 1
    # a number all of whose appearances are times is no number; one also written otherwise stays ("a las 8 y 8")
    bare_hours = {number for number, times in used.items() if times >= every[number]}
    extra = []
    for match, time in written:
        if times_left[time] > 0:
            times_left[time] -= 1
            extra.append(match.group())
    return _Clocks(english_rest, translation_rest, bare_hours, missing, extra)


def _told_in_the_afternoon(translation: str, match: re.Match[str], lang: str) -> bool:
    """Do the words right beside this time tell the afternoon or evening ("4:30 de la tarde", 下午4:30, "4:30 chiều",
    "8:00 مساءً"), or the night for an hour from 6 ("8:30 de la noche"; 凌晨1:30 is the small hours)? Not for a time
    with a leading zero ("07:30"), which is on the 24-hour clock. Words before a time ("Akşam 8:30'da", "la sera alle
    8:00") are not read: beside two times they would be either's (docs/checks.md)."""
    if match[1].startswith("0"):
        return False
    beside = translation[max(0, match.start() - 4):match.start()] + " " + " ".join(translation[match.end():].split()[:3])
    return _says_part_of_the_day(beside, lang, "evening") or (
        int(match[1]) >= 6 and _says_part_of_the_day(beside, lang, "night"))


def _every_other_dropped(english: str, translation: str, lang: str) -> Iterator[str]:
    """"Every other day" (week, month, Monday) said without a word for "every other" or a two: "Tome un comprimido
    cada día", 每天服用 (the dose twice as often), "Hágase un análisis cada semana" for "every other week".
    lexicon.EVERY_OTHER passes ("en días alternos", 隔天, "iki günde bir"), and so does a two in any form ("cada dos
    días", "ogni 2 giorni", "كل يومين"), 48 hours for a day or 14 or 15 days for a week, unless beside "every day"
    the English does not say ("al día durante dos días", lexicon.EVERY_DAY)."""
    said = _ENGLISH_EVERY_OTHER.search(english)
    compiled, data = _compiled(lang), language_data(lang)
    if said is None or compiled is None or data is None or compiled.every_other is None \
            or compiled.every_other.search(_line_of(_folded(translation, data), data)):
        return
    period = said["period"].lower().rstrip("s")
    accepted = {"2", *{"day": ("48",), "week": ("14", "15")}.get(period, ())}
    # "every day" for any period ("dos comprimidos cada día a partir del lunes" for "two tablets every other Monday"),
    # in the sentence that says "every other" when both have as many
    daily = any(_ENGLISH_EVERY_OTHER.search(source) and not _ENGLISH_DAYS.search(_ENGLISH_EVERY_OTHER.sub(" ", source))
                and _says_every_day(_folded(target, data), lang, data)
                for source, target in aligned(english, translation, lang))
    if not daily and accepted & _numbers_read(translation, lang, compiled, data):
        return
    yield f"the English says “{said.group()}”; the translation says it neither with a two nor with a word for every other"


_ENGLISH_EVERY_OTHER = re.compile(
    rf"\b(?:every other|every second|(?:every |on )?alternate) (?P<period>(?:day|week|month|night|morning|evening"
    rf"|{_ENGLISH_WEEKDAY})s?)\b(?! of the week)", re.IGNORECASE)  # not "every other day of the week" (the rest)


def _half_dropped_or_added(english: str, translation: str, lang: str) -> Iterator[str]:
    """Half of a dose said where the English says a whole one, or a whole one where it says half: "Tome un comprimido"
    for "Take half a tablet" (or "one and a half tablets", "halve the dose"), "Tome medio comprimido" for "Take one
    tablet". The English's half passes with any word for half in the translation (lexicon.HALF; not a half of time,
    lexicon.HALF_OF_TIME: "media hora") or a number ending in .5 that the English does not have ("0,5", ½, "1/2");
    the translation's half of a dose (lexicon.HALF_A_DOSE) passes where the English says half (not of a time: "half
    an hour"), a .5 the translation does not have, or a tablet split, broken or cut (not "do not break"). Judged in
    the whole entry, then sentence by sentence: "half a tablet in the morning. One tablet in the evening." written
    with the half in the evening fails."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.half is None or compiled.half_a_dose is None:
        return
    half, half_a_dose = compiled.half, compiled.half_a_dose
    found = list(_half_changed_in(english, translation, lang, half, half_a_dose, compiled.half_of_time, data,
                                  compiled.and_a_half))
    if not found:
        pairs = aligned(english, translation, lang)
        if len(pairs) > 1:
            found = [f"{_where(index, pairs)}{message}" for index, (source, target) in enumerate(pairs)
                     for message in _half_changed_in(source, target, lang, half, half_a_dose, compiled.half_of_time,
                                                     data, compiled.and_a_half)]
    yield from found


def _half_changed_in(english: str, translation: str, lang: str, half: re.Pattern[str], half_a_dose: re.Pattern[str],
                     half_of_time: re.Pattern[str] | None, data: LanguageData,
                     and_a_half: re.Pattern[str] | None) -> Iterator[str]:
    """:func:`_half_dropped_or_added` for one text and its translation (an entry, or a sentence of one)."""
    without_time = _without_halves_of_time(_folded(translation, data), half_of_time, data)
    if said := _ENGLISH_HALF_A_DOSE.search(english):
        # nor is a .5 the English also has ("de 7,5 mg")
        halves = _and_a_half(numbers_in(translation, lang) | _cjk_numbers(translation)) - numbers_in(english)
        written = and_a_half.search(without_time) if and_a_half is not None else None
        if not half.search(without_time) and not _FIFTY_PERCENT.search(translation) and not halves:
            yield f"the English says “{said.group()}”; the translation says no half (the whole dose?)"
        elif _ENGLISH_AND_A_HALF_DOSE.search(english):  # not a strength's .5 ("half a 2.5 mg tablet")
            if and_a_half is not None and not written and not halves - {"0.5"}:
                yield (f"the English says “{said.group()}”; the translation says a half, and no one and a half "
                       "(a third of the dose?)")
        elif written or halves - {"0.5"}:
            yield (f"the English says “{said.group()}”; the translation says "
                   f"“{written.group().strip() if written else min(halves - {'0.5'})}” (one and a half: three "
                   "times the dose?)")
    elif (added := half_a_dose.search(without_time)) and not _english_says_half(english) \
            and not _and_a_half(numbers_in(english)) - numbers_in(translation, lang):
        yield f"the translation says “{added.group().strip()}”; the English says no half (half the dose?)"


def _without_halves_of_time(folded: str, half_of_time: re.Pattern[str] | None, data: LanguageData) -> str:
    """The line lexicon.HALF and HALF_A_DOSE are looked for in: a half of time ("media hora") is none of a dose."""
    line = _line_of(folded, data)
    return half_of_time.sub(" ", line) if half_of_time is not None else line


def _and_a_half(values: set[str]) -> set[str]:
    """The values that end in a half: 0.5, 2.5."""
    return {value for value in values if value.endswith(".5")}


_ENGLISH_DOSE_NOUN = (r"(?:doses?|dosage|tablets?|pills?|capsules?|caplets?|sachets?|(?:tea|table)?spoons?(?:ful)?"
                      r"|patch(?:es)?|suppositor(?:y|ies)|ampoules?|vials?|drops?|injections?|puffs?|sprays?"
                      r"|ml|millilit(?:re|er)s?|contents?|syrup|solution|liquid|amounts?|lozenges?|pastilles?"
                      r"|measures?|scoops?|tubes?|units?|pessar(?:y|ies)|dropper(?:ful)?s?)")
_ENGLISH_A_DOSE = r"(?:doses?|dosage|amounts?)"
_ENGLISH_TIME_WORDS = r"(?:hours?|days?|nights?|weeks?|months?|years?|minutes?|seconds?|time)"
_ENGLISH_NOT_A_DOSE = r"(?:past|patients|people|those|adults|children|body|attacks|cases|users)"
# "half a tablet", "half of your usual dose", "half a 10 mg tablet", "half your lowest dose", "half of this", "one and
# a half tablets", "a tablet and a half" (not "two and a half hours"), "halve the dose", "the dose should be halved",
# "reduce the dose by half", "take half", "half as much"
_ENGLISH_HALF_A_DOSE = re.compile(
    rf"\bhalf(?:[- ](?:of|a|an|the|your|his|her|their|each|one|this|that|every))*"
    rf"(?:[- ](?!(?:{_ENGLISH_TIME_WORDS}|{_ENGLISH_NOT_A_DOSE})\b)\w+(?:\.\w+)?){{0,2}}[- ]{_ENGLISH_DOSE_NOUN}\b"
    rf"|\bhalf (?:a|the|your) (?:day|week)(?:'s|’s) {_ENGLISH_DOSE_NOUN}\b"
    rf"|\bhalf of (?:this|that|it)\b|\bhalf as much\b"
    rf"|\b(?:take|use|give|inject|apply|swallow)s? (?:only )?half\b"
    rf"(?! (?:an?|the|of|your|this|that|each|one|days?|hours?|time|weeks?)\b)"
    rf"|\b(?:a|one|two|three|four|five|six|\d+)(?: {_ENGLISH_DOSE_NOUN})? and a half\b"
    rf"(?! (?:hours?|minutes?|days?|weeks?|months?|years?)\b)"
    # a dose, not a tablet: "cut the tablet in half" splits it (lexicon.HALF_A_DOSE's halves pass beside it)
    rf"|\bhalv(?:e|es|ing)(?: \w+){{0,3}} {_ENGLISH_A_DOSE}\b"
    rf"|(?<!number of )(?<!frequency of )(?<!between )\b{_ENGLISH_A_DOSE}"
    rf"(?: (?!interval|risk|frequency|number)\w+){{0,4}} (?:halved|(?:by|in|into) half\b(?![- ](?:an? )?"
    rf"(?:{_ENGLISH_TIME_WORDS}|past)))\b",
    re.IGNORECASE)
# "one and a half tablets", "a tablet and a half", "two and a half" (not of a time)
_ENGLISH_AND_A_HALF_DOSE = re.compile(
    rf"\b(?:a|an|one|two|three|four|five|six|\d+)(?: {_ENGLISH_DOSE_NOUN})? and a half\b"
    rf"(?! (?:hours?|minutes?|days?|weeks?|months?|years?)\b)|\d ?(?:½|1/2) {_ENGLISH_DOSE_NOUN}\b", re.IGNORECASE)


_FIFTY_PERCENT = re.compile(r"(?<![\d٠-٩۰-۹.,])(?:50|٥٠|۵۰)\s?(?:%|٪|درصد)|[%٪]\s?50(?![\d.,])|百分之五十")  # "halve the dose": "un 50 %"
# Any half but of a time ("half an hour", "half past eight"), or a tablet split, broken or cut (not "do not break"):
# a translation's half of a dose may stand for it.
_ENGLISH_HALF_SAID = re.compile(
    r"\bhal(?:f|ves|ve|ved|ving)\b(?![- ](?:an? )?(?:hour|day|night|week|month|year|past|minute|second)s?\b(?!['’]s))"
    r"(?![- ]life\b)|½|\b1/2\b|(?<![\d.,])50 ?%|\bscored\b|\b(?:in|into) (?:two|halves)\b"
    r"|\b(?:split(?:s|ting)?|break(?:s|ing)?|broken|cut(?:s|ting)?|divid(?:e|es|ed|ing))(?: (?:or|and) \w+)?"
    r"(?: (?:the|your|a|an|each|this|one|it))? (?:tablets?|pills?|caplets?|patch(?:es)?|it)\b"
    r"|\b(?:tablets?|pills?|caplets?|patch(?:es)?) (?:can|may|should|is|are) (?:be )?(?:split|broken|cut|divided)\b",
    re.IGNORECASE)
# A negation before a split or break in its clause: "do not crush, chew or break the tablet", "Avoid splitting it".
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never|without|avoid)|n['’]t)\b[^.;:!?]*$", re.IGNORECASE)


def _english_says_half(english: str) -> bool:
    """Does the English say a half (not of a time) or a tablet split, broken or cut (not "do not break")?"""
    return any(not (match.group().lower().startswith(("split", "break", "broken", "cut", "divid"))
                    and _NEGATED_BEFORE.search(english[:match.start()]))
               for match in _ENGLISH_HALF_SAID.finditer(english))


# "a quarter of a tablet", "three quarters of the dose", "quarter of a tablet" (not "a quarter of an hour", "a
# quarter of patients"); in digits, ¼ or 1/4, the numbers check compares it
_ENGLISH_QUARTER_DOSE = re.compile(rf"\b(?:(?:a|one|three)[ -])?quarters? (?:of )?(?:(?:a|an|the|your|each|one) )?"
                                   rf"(?:\w+ ){{0,2}}?{_ENGLISH_DOSE_NOUN}\b", re.IGNORECASE)
_QUARTER_IN_DIGITS = re.compile(r"[¼¾]|(?<![\d/.,])[13] ?[/⁄／] ?4(?![\d/])|(?<!\d)0[.,٫][27]5(?!\d)"
                                r"|(?<![\d.,])[27]5 ?[%٪]|(?<![\d.,])[27]5(?= ?درصد)")  # "el 25 % de la dosis"


def _quarter_dropped(english: str, translation: str, lang: str) -> Iterator[str]:
    """A quarter of a dose the translation does not say: "Tome un comprimido" for "Take a quarter of a tablet" is
    four times the dose. Any word for a quarter (lexicon.QUARTER) or a quarter in digits keeps it."""
    said = _ENGLISH_QUARTER_DOSE.search(english)
    compiled, data = _compiled(lang), language_data(lang)
    if said is None or compiled is None or data is None or compiled.quarter is None:
        return
    if _QUARTER_IN_DIGITS.search(_ascii_digits(translation)) or compiled.quarter.search(_without_quarters_of_time(
            translation, compiled, data)):
        return
    yield f"the English says “{said.group()}”; the translation says no quarter"


# ¾ and 3/4 only: a 0.75 or 75 % is as often a strength or a share of patients ("(0,75 mg)")
_THREE_QUARTERS_IN_DIGITS = re.compile(r"¾|(?<![\d/.,])3 ?[/⁄／] ?4(?![\d/])")


def _quarter_changed(english: str, translation: str, lang: str) -> Iterator[str]:
    """Three quarters of a dose said as a quarter (a third of the dose), or a quarter as three quarters (three times
    it), in words: "un cuarto de comprimido" for "three quarters of a tablet". Where the English says both, or the
    translation no quarter (:func:`_quarter_dropped`) or one in digits (the numbers compared), nothing is said."""
    said = list(_ENGLISH_QUARTER_DOSE.finditer(english))
    compiled, data = _compiled(lang), language_data(lang)
    if not said or compiled is None or data is None or compiled.quarter is None or compiled.three_quarters is None:
        return
    three = {match.group().lower().startswith("three") for match in said}
    if len(three) != 1:
        return
    line = _without_quarters_of_time(translation, compiled, data)
    three_said = compiled.three_quarters.search(line) is not None \
        or _THREE_QUARTERS_IN_DIGITS.search(_ascii_digits(translation)) is not None
    if three == {True} and not three_said and compiled.quarter.search(line):
        yield f"the English says “{said[0].group()}”; the translation says a quarter, not three"
    elif three == {False} and three_said:
        yield f"the English says “{said[0].group()}”; the translation says three quarters"


def _without_quarters_of_time(translation: str, compiled: _Compiled, data: LanguageData) -> str:
    """The line a quarter of a dose is looked for in: a quarter of an hour ("un cuarto de hora") is none."""
    line = _line_of(_folded(translation, data), data)
    return compiled.quarter_of_time.sub(" ", line) if compiled.quarter_of_time is not None else line


def _limit_dropped(english: str, translation: str, lang: str) -> Iterator[str]:
    """An English "up to N" of a dose or of how often that the translation says as no limit: "Tómelo 4 veces al día"
    for "Take it up to 4 times a day" makes the most a must. A word of lexicon.UP_TO or any negation ("no más de")
    keeps it, in the sentence of the English's limit when both have as many. Not a limit of how long or how many
    people ("up to 24 hours", "up to 1 in 10 people")."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.up_to is None or not _ENGLISH_DOSE_LIMIT.search(english):
        return
    pairs = aligned(english, translation, lang)
    for index, (source, target) in enumerate(pairs):  # the limit's own sentence: not another's "no"
        said = _ENGLISH_DOSE_LIMIT.search(source)
        if said is None or compiled.up_to.search(_line_of(_folded(target, data), data)) or _negations(target, lang):
            continue
        yield f"{_where(index, pairs)}the English says “{said.group()}”; the translation says no limit"


_ENGLISH_DOSE_LIMIT = re.compile(
    rf"\b(?:up to|at most|(?:a )?maximum of)\s+(?:\d+(?:[.,]\d+)?|{'|'.join(_ENGLISH_NUMBER_WORDS)})"
    rf"(?:\s*(?:-|to|or)\s*\w+)?\s+(?:\w+\s+)?(?:{_ENGLISH_DOSE_NOUN}|times|mg|mcg|g|micrograms?|milligrams?|grams?)\b",
    re.IGNORECASE)


def _as_needed_dropped(english: str, translation: str, lang: str) -> Iterator[str]:
    """An English "if needed" (as required, when necessary, PRN) of a dose or how often that the translation does not
    say: "Tome 1 comprimido cada 6 horas" for "Take 1 tablet every 6 hours if needed" makes a dose taken when needed
    a regular one. A word of need (lexicon.NEEDED) or any condition (lexicon.CONDITIONS: "si tiene dolor") keeps it,
    in the sentence of the English's when both have as many; a sentence without a number (in digits or words:
    "Take one tablet at night if needed") is not judged."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.needed is None or not _ENGLISH_AS_NEEDED.search(english):
        return
    pairs = aligned(english, translation, lang)
    for index, (source, target) in enumerate(pairs):
        said = _ENGLISH_AS_NEEDED.search(source)
        if said is None or not (numbers_in(source) or _english_number_words(source)) \
                or compiled.needed.search(_line_of(_folded(target, data), data)) \
                or (compiled.conditions is not None and compiled.conditions.search(target)) \
                or (lang == "tr" and any(_TURKISH_CONDITIONAL.search(word) for word in _words(_folded(target, data)))):  # "varsa,"
            continue
        yield f"{_where(index, pairs)}the English says “{said.group()}”; the translation does not say when needed"


_ENGLISH_AS_NEEDED = re.compile(r"\b(?:(?:if|when|as)\s+(?:needed|necessary|required)|(?:if|when) you need (?:it|them|to)"
                                r"|as and when(?: needed| required)?|PRN)\b", re.IGNORECASE)


def _meridiem_swapped(english: str, translation: str, lang: str) -> Iterator[str]:
    """An hour the translation marks a.m. or p.m. ("a las 8 p. m.", "8 μ.μ.", "8pm" kept in any language) where the
    English has that hour only in the other half of the day: "8 a.m." written "8 p. m." (Latin America's way); or
    an hour the English has in both halves ("8 a.m. and 8 p.m.") that the translation marks in one half every time
    it says it ("8 p. m. ... 8 p. m.": both doses in the evening)."""
    told = {(hour % 12 or 12, hour >= 12) for match in _ENGLISH_CLOCK.finditer(english)
            for hour in (_clock_of(match)[0],)}
    said: dict[tuple[int, bool], str] = {}
    marked: Counter[int] = Counter()  # how many times the translation marks each hour
    digits = _ascii_digits(translation)  # "۸ ب.ظ.", "٨ م": one character for each, so a match's place is the same
    metres = {number for number, unit in english_counts(english) if unit == "m"}  # "2 م" for "2 m": a metre
    for match in _MERIDIEM.finditer(digits):
        if match["arabic"] == "م" and match["hour"].lstrip("0") in metres:
            continue
        hour = int(match["hour"]) % 12 or 12
        half = match["half"] or match["arabic"] or match["persian"]
        said.setdefault((hour, half.lower() in _AFTERNOON_MARKS), translation[match.start():match.end()].strip())
        marked[hour] += 1
    for (hour, afternoon), shown in said.items():
        if (hour, not afternoon) not in told:
            continue
        if (hour, afternoon) not in told:
            yield f"the translation says “{shown}”; the English has that hour in the other half of the day"
        elif (hour, not afternoon) not in said and marked[hour] >= _times_said(hour, translation, lang) \
                and (afternoon or not _hour_said(hour + 12).search(digits)) \
                and not _says_part_of_the_day(translation, lang, *(("morning",) if afternoon else ("evening", "night"))):
            # "8 a. m. ... 20:00" or "8 a. m. ... las ocho de la noche" has both
            yield f"the translation says “{shown}” each time it gives {hour} o'clock; the English has {hour} in both " \
                  "halves of the day"


def _times_said(hour: int, translation: str, lang: str) -> int:
    """How many times the translation gives the hour as a time: its digits, not those of a length ("durante 8 días")."""
    lengths = sum(1 for number, unit in translation_counts(translation, lang) if number == str(hour) and unit in _DURATIONS)
    return max(0, len(_hour_said(hour).findall(_ascii_digits(translation))) - lengths)


def _says_part_of_the_day(translation: str, lang: str, *parts: str) -> bool:
    """Does the translation name one of these parts of the day (lexicon.PARTS_TELLING_THE_TIME)?"""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return False
    line = _line_of(_folded(translation, data), data)
    return any((pattern := compiled.parts_telling_the_time.get(part)) is not None and pattern.search(line)
               for part in parts)


@cache
def _hour_said(hour: int) -> re.Pattern[str]:
    """The hour in digits, alone or with its minutes ("8", "08:30"), not part of another number ("18", "8,5") nor a
    dose ("8 mg")."""
    return re.compile(rf"(?<![\d.,:/])0?{hour}(?:[:.][0-5]\d)?(?![\d.,:/]\d)"
                      r"(?![ \u00a0]?(?:mg|ml|mcg|µg|μg|kg|g|mmol|iu|ui)(?![^\W\d_])|[ \u00a0]?%)")


_HALF_MARK = r"\.?\s?[mμ]\.?(?![^\W\d_])"  # the rest of "a. m.", "pm", "μ.μ." after its first letter
# after a time: " p. m.", "μ.μ.", Arabic "م" (مساءً), Persian "ب.ظ." (بعد از ظهر)
_PM_AFTER = re.compile(rf"\s*(?:[pμ]{_HALF_MARK}|م(?![^\W\d_])|ب\.?\s?ظ\.?)", re.IGNORECASE)
# "8 p. m.", "8:30 a.m.", "8 μ.μ." (μ.μ. afternoon, π.μ. morning), Arabic "8 م" (مساءً, p.m.) and "8 ص" (صباحاً),
# Persian "8 ب.ظ." (بعد از ظهر, p.m.) and "8 ق.ظ." (قبل از ظهر); matched on ASCII digits
_MERIDIEM = re.compile(rf"(?<![\w.:])(?P<hour>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:(?P<half>[apπμ]){_HALF_MARK}"
                       r"|(?P<arabic>[صم])(?![^\W\d_])|(?P<persian>[قب])\.?\s?ظ\.?)", re.IGNORECASE)
_AFTERNOON_MARKS = frozenset("pμمب")  # the first letter of a p.m.


def _half_of_the_day_swapped(english: str, translation: str, lang: str) -> Iterator[str]:
    """The English's times all in one half of the day ("8 a.m.", "20:00"), and the translation's words for a part of
    the day all for the other ("a las 8 de la tarde", 晚上8点, "8 giờ tối"): the morning dose taken at night. The
    night is the evening's, but before 6 the small hours' ("le 2 di notte" for "2am"; "2 giờ đêm" for "2pm" fails).
    Not where the English itself speaks of the other half ("at 8 a.m. and in the evening"), nor for 12 o'clock.
    The entry as a whole, then sentence by sentence when both have as many (:func:`aligned`): "Take one at 8 a.m.
    Take the other at 2 p.m." written "... a las 8 de la tarde. ... a las 2 de la tarde." fails too."""
    if found := list(_half_swapped_in(english, translation, lang)):
        yield from found
        return
    pairs = aligned(english, translation, lang)
    if len(pairs) > 1:
        for index, (source, target) in enumerate(pairs):
            if _hours_said(source) and not _hours_said(source) & numbers_in(_ascii_digits(target), lang):
                continue  # its hours are in another sentence of the translation: sentences reordered
            yield from (f"{_where(index, pairs)}{message}" for message in _half_swapped_in(source, target, lang))


def _hours_said(english: str) -> set[str]:
    """The hours of the English's clock times, as a translation may write them: "8 p.m." as 8 or 20."""
    return {str(hour) for match in _ENGLISH_CLOCK.finditer(english)
            for hour in (_clock_of(match)[0], _clock_of(match)[0] % 12 or 12)}


def _half_swapped_in(english: str, translation: str, lang: str) -> Iterator[str]:
    """:func:`_half_of_the_day_swapped` for one text and its translation (an entry, or a sentence of one)."""
    times = [(match, hour) for match in _ENGLISH_CLOCK.finditer(english) if (hour := _clock_of(match)[0]) % 12]
    halves = {"pm" if hour > 12 else "am" for _, hour in times}
    compiled, data = _compiled(lang), language_data(lang)
    if len(halves) != 1 or compiled is None or data is None or not compiled.parts_telling_the_time:
        return
    half = halves.pop()
    other_half = "pm" if half == "am" else "am"
    if (_ENGLISH_EVENING if half == "am" else _ENGLISH_MORNING).search(english):
        return
    parts = {"am": ["morning"], "pm": ["evening"]}
    parts["am" if all(hour % 12 < 6 for _, hour in times) else "pm"].append("night")
    line = _line_of(_folded(translation, data), data)
    said = {part: pattern.search(line) for part, pattern in compiled.parts_telling_the_time.items() if pattern is not None}
    found = next((match for part in parts[other_half] if (match := said.get(part)) is not None), None)
    if found is not None and not any(said.get(part) for part in parts[half]):
        names = {"am": "morning", "pm": "afternoon or evening"}
        yield (f"the English says “{times[0][0].group().strip()}”, in the {names[half]}; "
               f"the translation says “{found.group().strip()}”, the {names[other_half]}")


_ENGLISH_MORNING = re.compile(r"\b(?:morning|breakfast|a\.?m\b)", re.IGNORECASE)
_ENGLISH_EVENING = re.compile(r"\b(?:afternoon|evening|night|midnight|overnight|tonight|bedtime|supper|dinner|p\.?m\b)",
                              re.IGNORECASE)


def _clock_of(match: re.Match[str]) -> tuple[int, int]:
    """(hour on the 24-hour clock, minutes) of an :data:`_ENGLISH_CLOCK` match."""
    hour, minutes = int(match["hour"] or match["hour24"]), int(match["minutes"] or match["minutes24"] or 0)
    if match["half"]:
        hour = hour % 12 + (12 if match["half"].lower().startswith("p") else 0)
    return hour, minutes


# "6pm", "9.30 a.m.", "12:15pm"; "14:00" (24-hour, with a colon)
_ENGLISH_CLOCK = re.compile(
    r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minutes>[0-5]\d))?\s*(?P<half>[ap]\.?m\.?)(?![a-z])"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minutes24>[0-5]\d)\b", re.IGNORECASE)
# "18:00", "08.00", "9h30" (the digits' script as written: ASCII)
_TRANSLATION_CLOCK = re.compile(r"(?<!\d)(?<!\d[.,:])(\d{1,2})([:.h٫])(\d{2})(?!\d|[.,:]\d)(?!\s*(?:mg|ml|g\b|%|mcg|µg|kg))",
                                re.IGNORECASE)


# A number with a capital letter O (Latin, Greek or Cyrillic) among its digits, not part of a word.
# A small o after digits is an ordinal in Greek (2ο όροφος) and Italian (1o piano).
_O_LIKE = "OΟО"
_ALPHABETIC = "A-Za-zÀ-ɏͰ-ϿЀ-ӿ"
_ZERO_LOOKALIKE = re.compile(rf"(?<![{_ALPHABETIC}])(?=[\d{_O_LIKE}]*\d)[\d{_O_LIKE}]*[{_O_LIKE}][\d{_O_LIKE}]*"
                             rf"(?![{_ALPHABETIC}])")


# Hours that are a timetable, not a length of time: "outside these hours" is "fuera de este horario", 其他时间.
# Not "48 working hours" nor "forty-eight working hours" (a number before them: "counted"), nor "during these
# hours", which are lengths of time.
_SCHEDULE_HOURS = re.compile(
    r"(?P<counted>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundred"
    r"|few|several)[- ])?\b(?:opening|office|working|visiting|business|clinic|surgery)[- ]hours\b"
    r"|\bout(?:side)?(?: of)? (?:these |those |normal |usual |our |office |opening |working )?hours\b"
    r"|\bout-of-hours\b|\bafter[- ]hours\b", re.IGNORECASE)


def units_kept(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Units and durations: each unit of the English kept, none swapped for another (hours for minutes)."""
    data = language_data(lang)
    if data is None:
        return
    wanted = _english_units(_SCHEDULE_HOURS.sub(lambda match: match.group() if match["counted"] else " ", english),
                            ENGLISH_UNITS)
    allowed = set(wanted) | set(_english_units(english, _ENGLISH_UNIT_MENTIONS))
    folded = _without_unit_lookalikes(_folded(translation, data), data)
    forms = _unit_forms(data)
    kept = set()
    for unit, word in wanted.items():
        if unit in forms and not _names_unit(unit, folded, lang, data, forms) and not _symbol_kept(word, translation):
            yield f"the English says “{word}”; the translation has no word for {_UNIT_NAMES[unit]}"
        elif unit in forms:
            kept.add(unit)
    swapped_in_a_sentence = list(_period_swapped_in_a_sentence(english, translation, lang, forms, kept))
    yield from swapped_in_a_sentence
    hours = [_clock_of(match)[0] for match in _ENGLISH_CLOCK.finditer(english)]
    clock_times = Counter(str(told) for hour in hours for told in {hour, (hour - 1) % 12 + 1})
    # the minutes of a Chinese time told by the clock (12点30分 for 12.30pm) count no minutes
    told = _CJK_CLOCK_MINUTES.sub(r"\1", translation) if hours else translation
    counted = _units_after_numbers(told, lang, clock_times, tuple(hours))
    if "year" in counted:  # "children under 12" is "menores de 12 años": the English's ages are years
        ages = _english_ages(english)  # read only then: every entry's check comes this way
        for number, shown in counted["year"]:
            if number in ages:
                folded = folded.replace(shown, " ")  # nor a period the translation speaks of
        counted["year"] = [(number, shown) for number, shown in counted["year"] if number not in ages]
    counted = {unit: counts for unit, counts in counted.items() if counts}
    for unit, counts in counted.items():
        if unit not in allowed:
            where = ", ".join(_UNIT_NAMES[u] for u in sorted(wanted)) if wanted else "no such unit"
            yield f"“{counts[0][1]}” counts {_UNIT_NAMES[unit]}, but the English has {where}"
    yield from _rate_periods_kept(english, translation, lang, data, folded, forms)
    swapped = list(_period_swapped(english, folded, lang, data, forms, allowed, set(wanted) | set(counted)))
    if not swapped and not swapped_in_a_sentence and ("week" not in wanted or "week" in kept):  # once, not twice
        yield from _week_taken_daily(english, translation, lang, data)
    yield from swapped
    if _ENGLISH_CELSIUS.search(english) and not _ENGLISH_FAHRENHEIT.search(english) \
            and (fahrenheit := _FAHRENHEIT.search(translation)):
        # "38 درجه فارنهایت", 華氏38度 for "38°C": 38 °F is no fever but a body far too cold
        yield f"the English says °C; the translation says “{fahrenheit.group()}” (Fahrenheit)"


_ENGLISH_CELSIUS = re.compile(r"°\s?C\b|℃|\bcelsius\b|\bcentigrade\b", re.IGNORECASE)
_ENGLISH_FAHRENHEIT = re.compile(r"°\s?F\b|℉|\bfahrenheit\b", re.IGNORECASE)
# Fahrenheit in the ten languages' words, as written, any case (the symbols, "38 °F", are the counts')
_FAHRENHEIT = re.compile(r"fahrenh?e?it|fahrenhayt|φαρενάιτ|φαρεναιτ|độ\s?F\b|فهرنهايت|فهرنهیت|فارنهایت"
                         r"|فارنهايت|(?:ਫ|ਫ਼|ਫ\u0a3c)ਾਰਨਹਾਈਟ|华氏|華氏", re.IGNORECASE)


def _symbol_kept(spelling: str, translation: str) -> bool:
    """Does the translation keep the English's symbol as written ("4 g" in Vietnamese, whose lone "g" is no unit word of
    its own: "8g sáng" tells the time)? A one-letter symbol only after a number."""
    if units.is_word(spelling):
        return False
    before = r"\d\s?" if len(spelling) == 1 else r"(?<![^\W\d_])"
    return re.search(rf"{before}{re.escape(spelling)}(?![^\W\d_])", translation) is not None


_CJK_CLOCK_MINUTES = re.compile(r"([点點])\s*\d{1,2}\s*分(?!钟|鐘)")


def _rate_periods_kept(english: str, translation: str, lang: str, data: LanguageData, folded: str,
                       forms: Mapping[str, tuple[str, ...]]) -> Iterator[str]:
    """A rate's period after a slash ("5 mL/h", "0.1 mg/kg/hr"): named in the translation too, by the same symbol
    or a word ("5 mL por minuto" for "5 mL/h", sixty times the rate, has none), and no other period after a slash
    beside the rate's number ("5 mL/min", also beside "durante 24 horas"; a pulse's "50 latidos/min" elsewhere is
    not the rate's). Once for each period. A period said in words beside a length in the rate's unit ("5 mL por
    minuto durante 24 horas") is not seen: words for periods are too often others' there (十分, "bao giờ")."""
    rates: dict[str, tuple[str, str | None, str]] = {}
    for match in _ENGLISH_RATE.finditer(english):
        if (unit := _rate_unit(match["period"])) is not None:
            numbers = _NUMBER.findall(english[:match.start()])
            before = re.search(r"([^\W\d_]+)\s?$", english[:match.start()])  # the "mL" of "mL/h"
            rates.setdefault(unit, (match.group().strip(), numbers[-1] if numbers else None,
                                    before[1] if before else ""))
    slashed_anywhere = _slashed_periods(translation, lang)
    for unit, (written, number, measure) in rates.items():
        if unit not in forms:
            continue
        said = f"the English's rate is per {units.BY_NAME[unit].spellings[1]} (“{written}”)"
        beside = _beside_the_number(translation, number, measure)
        slashed = _slashed_periods(beside or "", lang)
        # not a period the English has as a rate of its own ("10 mL/h ... a pulse over 100 beats/min")
        other = next((period for period in _RATE_UNITS if period not in rates and period in slashed), None)
        if other is not None and unit not in slashed:
            yield f"{said}; the translation's is per {units.BY_NAME[other].spellings[1]}"
        elif unit not in slashed_anywhere and not _names_unit(unit, folded, lang, data, forms):
            yield f"{said}; the translation has no word for {_UNIT_NAMES[unit]}"


def _rate_unit(spelling: str) -> str | None:
    """The period a spelling after a slash names ("h", "MİN" written in Turkish capitals), or None."""
    return _SPELLING_TO_UNIT.get(spelling.lower().replace("\u0307", "").replace("ſ", "s"))


def _copies_of(number: str, translation: str) -> list[re.Match[str]]:
    """Where the translation writes ``number`` in digits of any script, with either decimal mark ("0,5" for 0.5); the
    matches' places are the translation's own (a native digit is one character, as its ASCII one is)."""
    digits = "".join("[.,٫٬]" if ch in ".," else re.escape(ch) for ch in number)
    return list(re.finditer(rf"(?<![\d.,]){digits}(?!\d)", _ascii_digits(translation)))


def _beside_the_number(translation: str, number: str | None, measure: str = "") -> str | None:
    """The translation's words around ``number`` (a rate's period stands beside its number: "5 mL por minuto",
    每分钟5毫升), or None when the number is not written there in digits."""
    if number is None:
        return None
    copies = _copies_of(number, translation)
    if not copies:
        return None
    # the copy the rate's measure follows ("100 mL/h", not a pulse's "100 latidos/min"), else any rate's

    def measured(copy: re.Match[str]) -> bool:
        rest = translation[copy.end():].lstrip().casefold()
        return bool(measure) and rest.startswith(measure.casefold()) and rest[len(measure):].lstrip()[:1] == "/"

    at = next((copy for copy in copies if measured(copy)),
              next((copy for copy in copies if _RATE_AFTER.match(translation, copy.end())), copies[0]))
    # within its clause: "每小时输注5毫升，最多120毫升/日" has the day's cap in the next one
    before = _CLAUSE_BREAK.split(translation[max(0, at.start() - 12):at.start()])[-1]
    after = _CLAUSE_BREAK.split(translation[at.end():at.end() + 25])[0]
    return before + translation[at.start():at.end()] + after


def _period_after_a_slash(names: Iterable[str]) -> str:
    spellings = sorted((s for name in names for s in units.BY_NAME[name].spellings), key=len, reverse=True)
    return rf"/\s?(?P<period>{'|'.join(re.escape(s) for s in spellings)})(?![^\W\d_])"


_RATE_UNITS = ("minute", "hour", "day", "week")
_ENGLISH_RATE = re.compile(r"(?<=[^\W\d_])\s?" + _period_after_a_slash(_RATE_UNITS), re.IGNORECASE)  # "mL/h", "mL / h"
_ANY_RATE_PERIOD = re.compile(_period_after_a_slash(_RATE_UNITS), re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s?[^\W\d_]+(?:/[^\W\d_]+)*\s?/", re.IGNORECASE)  # "ml/h", "mg/kg/h": a unit, a slash


def _period_swapped_in_a_sentence(english: str, translation: str, lang: str, forms: Mapping[str, tuple[str, ...]],
                                  kept: set[str]) -> Iterator[str]:
    """A period the translation names, but in another sentence than the one whose English says it, which speaks of
    another period instead (sentence by sentence when both have as many): "Tome 10 mg una vez al día. No tome más de
    25 mg en una semana." for "Take 10 mg once a week. Never take more than 25 mg in a week." keeps "week" for the
    limit only. A sentence naming no period is no swap: a translator says "each day" once ("Tómelo siempre a la
    misma hora" for "Take it at the same time each day")."""
    data = language_data(lang)
    pairs = aligned(english, translation, lang)
    if data is None or len(pairs) == 1 or not kept & set(_PERIODS):
        return
    for index, (source, target) in enumerate(pairs):
        folded = _without_unit_lookalikes(_folded(target, data), data)
        mentioned = set(_english_units(source, _ENGLISH_UNIT_MENTIONS))
        for unit, word in _english_units(source, ENGLISH_UNITS).items():
            if unit not in kept or unit not in _PERIODS or _names_unit(unit, folded, lang, data, forms):
                continue
            if unit == "week" and _names_a_weekday(folded, lang, data):
                continue  # "Her pazartesi günü" for "a week, on a Monday": the weekday says the week
            # not years, which a translation names for an age ("menores de 12 años")
            other = next((period for period in ("day", "week", "month") if period not in mentioned and period in forms
                          and _names_period(period, folded, lang, data, forms)), None)
            if other is not None and not {unit, other} & _periods_counted(source, target, lang, data):
                yield (f"{_where(index, pairs)}the English says “{word}”; the translation speaks of "
                       f"{_UNIT_NAMES[other]} instead")


def _periods_counted(english: str, translation: str, lang: str, data: LanguageData) -> set[str]:
    """The units either text counts with a number: a count the numbers check judges, no swap ("siete días" for "one
    week", "una semana" for "a seven-day break")."""
    return {unit for _, unit in english_counts(english)} | set(_english_counts_in_words(english)) \
        | set(_units_after_numbers(translation, lang)) | {count.unit for count in _counted_in_words(translation, lang)}


def _names_unit(unit: str, folded: str, lang: str, data: LanguageData, forms: Mapping[str, tuple[str, ...]]) -> bool:
    """Does the (folded) translation name the unit: a form of it, "daily" for days, an age's word for years?"""
    return _names_period(unit, folded, lang, data, forms) or (unit == "year" and _find(data.age_words, folded, data))


def _names_period(unit: str, folded: str, lang: str, data: LanguageData, forms: Mapping[str, tuple[str, ...]]) -> bool:
    """Does the (folded) translation name the unit: a form of it, or for days a word for "a day", "daily"
    (lexicon.DAILY: "diariamente", "ਰੋਜ਼ਾਨਾ")?"""
    if _find(forms.get(unit, ()), folded, data):
        return True
    compiled = _compiled(lang) if unit == "day" else None
    return compiled is not None and compiled.daily is not None \
        and compiled.daily.search(_line_of(folded, data)) is not None


def _says_every_day(folded: str, lang: str, data: LanguageData) -> bool:
    """Does the (folded) translation say "every day" or "daily" as a habit (lexicon.EVERY_DAY), not as the day of a
    weekday it names ("كل يوم اثنين", "هر روز دوشنبه", "mỗi ngày thứ Hai": every Monday)?"""
    compiled = _compiled(lang)
    if compiled is None or compiled.every_day is None:
        return False
    line = _line_of(folded, data)
    weekdays = [] if compiled.weekdays is None else [found.span() for found in compiled.weekdays.finditer(line)]
    if compiled.per_day_after_slash is not None and compiled.per_day_after_slash.search(folded):
        return True  # "1 compressa/die", "1片/日"
    space = 1 if data.spaced else 0  # the weekday's own day is the next word (每天从周一开始: every day)
    return any(not any(start <= found.end() + space and end > found.start() for start, end in weekdays)
               for found in compiled.every_day.finditer(line))


def _names_a_weekday(folded: str, lang: str, data: LanguageData) -> bool:
    """Does the (folded) translation name a weekday (lexicon.WEEKDAYS: "lunes", "τις Τρίτες", 周一)?"""
    compiled = _compiled(lang)
    return compiled is not None and compiled.weekdays is not None \
        and compiled.weekdays.search(_line_of(folded, data)) is not None


_PERIODS = ("day", "week", "month", "year")
# How often, without a number: the words a swap is judged from (not "night" or "tomorrow",
# which only allow a word for day). A weekday said as a habit ("every Monday", "on Mondays") is weekly; not a range
# of them ("Mondays to Fridays": working days). "On Sunday evenings" is every Sunday.
_ENGLISH_WEEKDAY_AS_A_HABIT = (rf"(?<!to )(?<!through )(?<!until )(?<!till )(?<![-–] )(?<![-–])"
                               rf"(?:(?:every|each) (?:other |second )?{_ENGLISH_WEEKDAY}|{_ENGLISH_WEEKDAY}s"
                               rf"|{_ENGLISH_WEEKDAY}(?= (?:morning|afternoon|evening|night)s\b))"
                               rf"(?!\s*(?:to|through|till|until|-|–)\s*{_ENGLISH_WEEKDAY})")
_ENGLISH_FREQUENCIES = {"day": "daily", "week": rf"weekly|fortnightly|{_ENGLISH_WEEKDAY_AS_A_HABIT}",
                        "month": "monthly", "year": "yearly|annually"}


def _period_swapped(english: str, folded: str, lang: str, data: LanguageData, forms: Mapping[str, tuple[str, ...]],
                    allowed: set[str], reported: set[str]) -> Iterator[str]:
    """A period named without a number ("once weekly", "every Monday") that comes out as another ("una vez al día",
    "todos los días").

    The weekly dose taken daily, a classic medication error. Only when the
    translation names none of the English's periods (for a week, nor a
    weekday: lexicon.WEEKDAYS); a word for "a day" or "daily" (lexicon.DAILY:
    "diariamente", "ਹਰ ਰੋਜ਼") names the day. A weekday the English says as a
    habit must be named, or the week: "every morning" for "every Sunday
    morning" fails too. A period the English spells out ("2 weeks"), or one
    after a number in the translation, is judged above (``reported``).
    """
    said = {unit: word for unit, word in _english_units(english, _ENGLISH_FREQUENCIES).items() if unit not in reported}
    if not said or any(_names_period(unit, folded, lang, data, forms) for unit in said if unit in forms) \
            or ("week" in said and _names_a_weekday(folded, lang, data)):
        return
    for unit in _PERIODS:
        if unit not in allowed and unit not in reported and unit in forms and _names_period(unit, folded, lang, data, forms):
            english_word = next(iter(said.values()))
            yield f"the English says “{english_word}”; the translation speaks of {_UNIT_NAMES[unit]} instead"
            return
    compiled = _compiled(lang)
    if "week" in said and compiled is not None and compiled.weekdays is not None \
            and _ENGLISH_WEEKDAY_HABIT.fullmatch(said["week"]) \
            and (_ENGLISH_INSTRUCTION.search(english) or english_counts(english)):
        # "every Sunday morning" written "every morning" ("Her sabah", "كل صباح"): the weekly dose taken daily; a
        # dose or an instruction only ("closed on Sundays and public holidays": "nei giorni festivi")
        yield f"the English says “{said['week']}”; the translation names neither a weekday nor the week"


def _week_taken_daily(english: str, translation: str, lang: str, data: LanguageData) -> Iterator[str]:
    """A weekly dose the English says ("once a week", "weekly", "15 mg a week", "every Monday") beside a
    translation's "every day" the English does not say: "una vez al día, el mismo día cada semana", 每周每天服用,
    "cada día, empezando el lunes", 从周一开始每天 (the weekly dose taken daily, a classic and fatal error, with the
    week or its weekday kept); also where the English counts weeks ("every Monday for 4 weeks": "cada día durante 4
    semanas"). Sentence by sentence when both have as many (another sentence's "every morning" is its own). Not
    where the English sentence speaks of days ("a day", "daily"; not "midday", "night", "the same day") or says a
    daily habit ("every evening, except on Sunday evenings"), nor where another of its instructions says no rate (the
    translation's "every day" may be that one's: "Take one tablet in the morning and have your blood checked every
    week" written 每天早上服用一片，每周验血一次). "Every other week" counts where the translation says
    every other ("ogni giorno, a settimane alterne", 隔週每天); elsewhere :func:`_every_other_dropped` judges it."""
    compiled = _compiled(lang)
    every_other = compiled is not None and compiled.every_other is not None \
        and compiled.every_other.search(_line_of(_folded(translation, data), data)) is not None
    for source, target in aligned(english, translation, lang):
        rate = next((found.group() for found in _ENGLISH_WEEK_RATE.finditer(source)
                     if every_other or not _ENGLISH_EVERY_OTHER.search(found.group())), None)
        if rate is not None and not _ENGLISH_DAYS.search(source) and not _ENGLISH_DAILY_HABIT.search(source) \
                and _says_every_day(_folded(target, data), lang, data) and _every_instruction_weekly(source):
            yield f"the English says “{rate}”; the translation says every day"
            return


def weekdays(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Weekdays: each weekday the English names, and no other ("cada martes" for "every Monday")."""
    english = _ENGLISH_BETWEEN_DAYS.sub(r"\1 to \2", english)  # "between Monday and Friday" is a range
    named = _days_named([(day, match) for day, pattern in _ENGLISH_WEEKDAYS.items() for match in pattern.finditer(english)],
                        english, _ENGLISH_WEEKDAY_RANGE)
    compiled, data = _compiled(lang), language_data(lang)
    if not named or compiled is None or data is None or not compiled.weekday_names:
        return
    # a dash between words reads as the language's first range word ("pazartesi-cuma" as "pazartesi den cuma")
    dashed = _DASH_BETWEEN_WORDS.sub(f" {compiled.weekday_dash} ", translation) if compiled.weekday_dash else translation
    line = _line_of(_folded(dashed, data), data)
    for pattern, range_word in compiled.weekday_range_said_around:  # "pazartesi ile cuma arasında"
        line = pattern.sub(f" {range_word} ", line)
    mentions = [(day, match) for day, pattern in compiled.weekday_names.items() if pattern is not None
                for match in pattern.finditer(line)]
    if compiled.weekend is not None:
        mentions += [(day, match) for match in compiled.weekend.finditer(line) for day in (6, 7)]
    if compiled.working_days is not None:
        mentions += [(day, match) for match in compiled.working_days.finditer(line) for day in range(1, 6)
                     if not _COUNT_BEFORE.search(line[:match.start()])]
    found = _days_named(mentions, line, compiled.weekday_range, compiled.weekday_range_endings)
    if not found:
        return  # no weekday at all: the units check asks for one, or the week, where it matters
    yield from dict.fromkeys(  # once for a range ("Monday…Friday") however many of its days are missing
        [f"the translation names “{found[day]}”, a weekday the English does not name"
         for day in sorted(found.keys() - named.keys())]
        + [f"the English says “{named[day]}”; the translation names other weekdays but not that one"
           for day in sorted(named.keys() - found.keys())])


def _days_named(mentions: list[tuple[int, re.Match[str]]], text: str, range_word: re.Pattern[str] | None,
                range_endings: tuple[str, ...] = ()) -> dict[int, str]:
    """day (1 Monday to 7 Sunday) -> the words naming it, each day from the one to the other of a range too ("Monday
    to Thursday", "de lunes a jueves": what is between two weekdays is a dash or a word of ``range_word``, or the
    first ends so, "pazartesiden cumaya")."""
    named: dict[int, str] = {}
    mentions = sorted(mentions, key=lambda mention: mention[1].start())
    links = []  # for each two days in a row, is it a range?
    for (day, match), (later, after) in itertools.pairwise(mentions):
        between = " ".join(text[match.end():after.start()].split())
        dash = re.fullmatch(r"\W*[-–—~～－]\W*", between) is not None
        ending = not between and match.group().strip().endswith(range_endings)
        word = range_word is not None and range_word.fullmatch(f" {between} ") is not None
        links.append(later != day and (dash or ending or word))
    for index, ((day, match), (later, after)) in enumerate(itertools.pairwise(mentions)):
        # three or more days linked so are a list ("Pazartesi-Çarşamba-Cuma"), not two ranges
        if links[index] and not any(links[max(index - 1, 0):index] + links[index + 1:index + 2]):
            last = later + (7 if later < day else 0)  # over the week's end: "Friday to Monday"
            named |= {(inside - 1) % 7 + 1: f"{match.group().strip()}…{after.group().strip()}"
                      for inside in range(day + 1, last)}
    named |= {day: match.group().strip() for day, match in mentions}
    return named


# 1 Monday to 7 Sunday; the weekend is both its days, "weekdays" the five others
_ENGLISH_WEEKDAYS = {day: re.compile(rf"\b(?:{name}day|{'weekend' if day > 5 else 'weekday'})s?\b", re.IGNORECASE)
                     for day, name in enumerate(("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"), start=1)}
_ENGLISH_WEEKDAY_RANGE = re.compile(r" (?:to|through|thru|until|till) ")
_COUNT_BEFORE = re.compile(r"(?:\d|[个個])\s*$")  # "2 días hábiles", 2个工作日: working days counted, not named
def _every_instruction_weekly(english: str) -> bool:
    """Is the weekly rate of an English sentence (_ENGLISH_WEEK_RATE) its instructions' (each clause that opens with
    one, lexicon.ENGLISH_INSTRUCTION)? Not where an instruction says none and the rate stands in a clause of its
    own that takes no dose ("Take one tablet in the morning and have your blood checked every week"); a few words
    are the instruction's beside them ("On Sundays, take 2.5 mg"), and a dose taken weekly is one ("Take 10 mg
    once a week and drink plenty of water")."""
    clauses = [clause.strip() for clause, _, _
               in _clauses_joined(english, _ENGLISH_CLAUSE_JOINS, _ENGLISH_REASONS, _ENGLISH_AND_OR)]
    rates = [clause for clause in clauses if _ENGLISH_WEEK_RATE.search(clause)]
    without = [clause for clause in clauses if _ENGLISH_INSTRUCTION.search(clause) and clause not in rates]
    return not without or any(len(clause.split()) <= 4 or _ENGLISH_DOSE_VERBS.search(_word_line(fold(clause)))
                              or english_counts(clause) for clause in rates)


_ENGLISH_BETWEEN_DAYS = re.compile(rf"\bbetween ({_ENGLISH_WEEKDAY}s?) and ({_ENGLISH_WEEKDAY}s?)", re.IGNORECASE)
_DASH_BETWEEN_WORDS = re.compile(r"(?<=\w)\s*[-–—~～－]\s*(?=\w)")


# A habit of every day said without the word: "every evening, except on Sunday evenings"
_ENGLISH_DAILY_HABIT = re.compile(r"\b(?:every|each) (?:morning|afternoon|evening|night)\b|\bnightly\b"
                                  r"|\bmorning and (?:evening|night)\b", re.IGNORECASE)
# The English speaking of days, which a translation's "every day" may then say ("one a day on the other days"); not
# "midday", "today", a weekday's name, nor one day ("the next day", "at the same time of day")
_ENGLISH_DAYS = re.compile(r"\b(?<!next )(?<!same )(?<!following )(?<!of )(?<!of the )(?:days?|daily|everyday)\b(?! after)",
                           re.IGNORECASE)  # not "the next day", "the same day", "time of day", "first food of the day"
_ENGLISH_WEEKDAY_HABIT = re.compile(rf"(?:(?:every|each) (?:other |second )?)?{_ENGLISH_WEEKDAY}s?", re.IGNORECASE)
# How often a week, as a rate: a weekday as a habit, "weekly" and "fortnightly" as adverbs ("Take 10 mg weekly",
# "once weekly under the skin"; not "your weekly dose", "weekly or monthly blood tests", which set no rate), "every
# week", "each week", "per week", "every 6 weeks", and "a week" after a number of times or a dose ("once a week", "15
# mg a week"); not a length of time ("for a week", "a week later", "wait a week")
_ENGLISH_AFTER_AN_ADVERB = ("on|at|in|with|for|until|by|from|as|after|before|unless|if|when|to|starting|beginning"
                            "|thereafter|instead|without|while|under|into|subcutaneously|intramuscularly|orally"
                            "|(?:and|or)(?! (?:daily|monthly|fortnightly|yearly|annual|weekly)\\b)")
_ENGLISH_WEEK_RATE = re.compile(
    rf"(?<![^\W\d_])(?:{_ENGLISH_WEEKDAY_AS_A_HABIT})(?!\w)"
    r"|\b(?:once|twice|thrice|times)[ -](?:weekly|fortnightly)\b"
    r"|\b(?:weekly|fortnightly)(?=\s*(?:[^\w\s]|$)|\s+(?:" + _ENGLISH_AFTER_AN_ADVERB + r")\b)"
    r"|\b(?:every|each) (?:(?:other|second|\d+|two|three|four|five|six|eight|twelve) )?weeks?\b|\bper week\b"
    r"|\b(?:once|twice|thrice|times) (?:a|per) week\b"
    r"|(?:\b\d+(?:\.\d+)? ?)?\b(?:mg|mcg|micrograms?|milligrams?|units?|ml|tablets?|capsules?|doses?|injections?"
    r"|patch(?:es)?|sachets?|drops?|puffs?) (?:a|per) week\b", re.IGNORECASE)


def negation(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Negation: each "not", "never", "unlikely" or "DO NOT" of the English kept, and none added.

    Compared sentence by sentence when both texts have as many sentences. The
    translation's negation may be a word of negative meaning (avoid,
    contraindicated, unable) or, in Turkish and Persian, a verb form. A negation
    added where the English has none is an error, unless the English sentence
    says something negative another way ("unsafe", "fast", "stop"). Where it
    says a word that translations say with a negation ("painless" as "no
    duele"), that phrase adds none (lexicon.SAID_WITH_A_NEGATION).
    """
    compiled = _compiled(lang)
    if compiled is None:
        return
    lest = compiled.lest
    pairs = aligned(english, translation, lang)
    for index, (source, target) in enumerate(pairs):
        said = _ENGLISH_NEGATION.search(source)
        out_of_reach = _ENGLISH_OUT_OF_REACH.search(source)  # "Keep out of the reach of children"
        # Beside a "not", any negation may keep it ("Quédese quieto; no se mueva" for "Keep still; do not move"),
        # but an "unless" said with one ("a no ser que", "-medikçe", ما لم): that one is the unless's
        negated = _negations(target, lang, _excused(source, negated=said is not None))
        own_limit = _ENGLISH_OWN_LIMIT.search(source) if said else None
        limits = _at_most_for_the_englishs_own(negated, source, target, lang) if own_limit else ()
        if said and not negated and not _unlikely_as_a_low_likelihood(source, target, lang):
            yield f"{_where(index, pairs)}the English says “{said.group()}”; the translation has no negation"
        elif said and own_limit and len(limits) == len(negated):
            # "up to 2 tablets ..., but do not take more than 8" as "tối đa 2 viên ..., nhưng uống quá 8 viên"
            yield (f"{_where(index, pairs)}the English says “{said.group()}”; the translation's only negation is "
                   f"“{_as_written(limits[0], target, lang)}”, its “{own_limit.group()}”")
        elif (verb := _ENGLISH_VERB_NEGATION.search(source)) and _ENGLISH_WITHOUT.search(source) \
                and all(_says_without(found, lang) for found in negated):
            # "Do not take it without food" → "Take it without food": the "without" is no "not".
            yield (f"{_where(index, pairs)}the English says “{verb.group()}” and “without”; the translation's "
                   f"only negation is “{negated[0]}”, its “without”")
        elif negated and not said and not _negative_meaning_excuses(source, target, lang) \
                and not out_of_reach and not _course_kept(source, target, lang) \
                and sum(word not in lest for word in negated) > _opposites_negated(source, target, lang):
            # 以免头晕 for "as you may feel dizzy" adds none; nor does one said by an opposite it negates
            # (nor one beside "out of reach", often its own: "δεν το φθάνουν τα παιδιά", 够不着, "tránh xa")
            # The folded word: an approval's override names an error by its message (ledger.covers).
            yield (f"{_where(index, pairs)}the translation negates (“{negated[0]}”) "
                   "where the English does not")
        elif negated and not said and (refused := _leaving_out_refused(source, target, lang)
                                       or _keeping_refused(source, target, lang)
                                       or _lessening_refused(source, target, lang)):
            yield f"{_where(index, pairs)}{refused}"
        elif negated and not said and not out_of_reach \
                and (instruction := _negation_beside_a_negative_condition(source, target, lang)):
            yield (f"{_where(index, pairs)}the translation negates its instruction (“{instruction}”) where the "
                   "English's only negative words are in its condition")
        elif negated and not out_of_reach and (instruction := _negation_beside_a_negative_purpose(source, target, lang)):
            yield (f"{_where(index, pairs)}the translation negates its instruction (“{instruction}”) where the "
                   "English's only negative words are in its purpose or reason")
        if said and negated and (moved := _negation_moved_into_the_condition(source, target, lang)):
            yield f"{_where(index, pairs)}{moved}"
        if out_of_reach and not negated and not _keeps_away(target, lang):
            # "Keep out of the reach of children" written "Mantener al alcance de los niños": within their reach
            yield (f"{_where(index, pairs)}the English says “{out_of_reach.group()}”; the translation keeps it "
                   "neither away nor out of reach")


_ENGLISH_EXCEPTION = re.compile(r"\b(?:only|except)\b", re.IGNORECASE)  # not "unless": its own condition


def _exception_beside(word: str, english: str, translation: str, lang: str) -> bool:
    """Does the English say "only" or "except", and the translation an exception (lexicon.EXCEPT) in the refused
    ``word``'s sentence, no joining word between? Then the refusal is how it says the "only": "Non riduca la dose se
    non su indicazione del medico", "No reduzca la dosis, salvo que se lo indique su médico", 除非医生指示，否则不要
    减少剂量. Not for "unless" ("No se salte la dosis salvo que tenga el azúcar alto" for "Skip the dose unless your
    sugar is high": the exception is the unless's, the refusal added), nor across "y" ("No deje que se seque y
    retírelo solo cuando ...")."""
    compiled, data = _compiled(lang), language_data(lang)
    if _ENGLISH_EXCEPTION.search(english) is None or compiled is None or data is None or compiled.exceptive is None:
        return False
    text = _folded(translation, data)
    found = _word_in(word, text, data)
    if found is None:
        return False
    joins = _joins_before_a_verb(lang)
    before, after = text[:found.start()], text[found.end():]
    if joins is not None:
        before, after = joins.split(before)[-1], joins.split(after)[0]
    return compiled.exceptive.search(_line_of(f"{before} {found.group()} {after}", data)) is not None


# Leaving a dose out, as an instruction: "Skip the evening dose", "omit your morning dose", "withhold it"
_ENGLISH_LEAVE_OUT = re.compile(r"\b(?:skip|omit|withhold|leave out)\b", re.IGNORECASE)


def _leaving_out_refused(english: str, translation: str, lang: str) -> str | None:
    """The English leaves a dose out and negates nothing; the translation refuses leaving it out ("No se salte la
    dosis de la noche", 不要跳过, "atlamayın" for "Skip the evening dose"): the dose taken after all, where a word of
    negative meaning excused the negation. None when not so."""
    compiled = _compiled(lang)
    return _refused(_ENGLISH_LEAVE_OUT.search(english), compiled.leave_out if compiled else None, translation, lang,
                    "the translation says not to")


def _refused(instruction: re.Match[str] | None, words: re.Pattern[str] | None, translation: str, lang: str,
             saying: str) -> str | None:
    """The finding where the translation negates right beside one of ``words`` (its way of saying the English's
    ``instruction``): the English's instruction refused. None when there is no instruction or no such word."""
    data = language_data(lang)
    if instruction is None or words is None or data is None or _only_a_purpose(instruction):
        return None
    for found in words.finditer(_line_of(_folded(translation, data), data)):
        word = found.group().strip()
        if _refuses_word(word, instruction.string, translation, lang):
            return _refusal(instruction, word, translation, lang, saying)
    return None


def _only_a_purpose(instruction: re.Match[str]) -> bool:
    """Is the English's word said in its purpose or reason alone, not in its instruction ("Keep your leg raised to
    reduce swelling": a translation's "No baje la pierna" refuses no reducing)?"""
    word = re.compile(rf"\b{re.escape(instruction.group())}\b", re.IGNORECASE)
    said = _clauses_joined(instruction.string, _ENGLISH_CLAUSE_JOINS, _ENGLISH_REASONS, _ENGLISH_AND_OR)
    return any(reason and word.search(clause) for clause, _, reason in said) \
        and not any(not reason and word.search(clause) for clause, _, reason in said)


def _refuses_word(word: str, english: str, translation: str, lang: str) -> bool:
    """Does the translation refuse ``word`` (a negation right beside it; in Turkish and Persian, after it or in it),
    other than as the exception of the English's "only" (:func:`_exception_beside`)?"""
    return _negated_beside(word, translation, lang, reach=2, look_before=lang not in _VERB_FINAL) \
        and not _exception_beside(word, english, translation, lang)


def _refusal(instruction: re.Match[str], word: str, translation: str, lang: str, saying: str) -> str:
    return f"the English says “{instruction.group()}”; {saying} (“{_as_written(word, translation, lang)}”)"


# Lessening a dose, as an instruction: "Reduce the dose", "taper it", "lower your dose"
_ENGLISH_LESSEN = re.compile(r"\b(?:reduce|decrease|taper|lower(?= (?:your|the|each|his|her|their) (?:\w+ )?"
                             r"(?:dose|doses|dosage|insulin|tablets?)\b))\b", re.IGNORECASE)


def _lessening_refused(english: str, translation: str, lang: str) -> str | None:
    """The English lessens a dose and negates nothing; the translation refuses the lessening ("No reduzca la dosis",
    不要减少 for "Reduce the dose by one tablet each week"), where "reduce" excused any negation of its sentence:
    the dose kept, or taken up. None when not so (a "more" said too is the polarity check's)."""
    lessen = _ENGLISH_LESSEN.search(english)
    if lessen is not None and _only_a_purpose(lessen):
        return None
    poles = _poles_said_and_found(english, translation, lang) if lessen is not None else None
    if lessen is None or poles is None or ("quantity", 0) in poles[1] or ("quantity", 1) not in poles[1]:
        return None
    word = poles[1][("quantity", 1)]
    return _refusal(lessen, word, translation, lang, "the translation says not to") \
        if _refuses_word(word, english, translation, lang) else None


# Keeping something in a state: "Keep the wound dry", "keep your leg raised", "keep the dressing on"
_ENGLISH_KEEP_IN_A_STATE = re.compile(
    r"\bkeep (?:(?:it|them|the|your|this|these|a|an|\w+'s) )?(?:\w+ ){0,2}(?:dry|clean|covered|still|warm|cool|upright"
    r"|raised|elevated|straight|moist|on|in place|cold|closed|open)\b", re.IGNORECASE)


def _keeping_refused(english: str, translation: str, lang: str) -> str | None:
    """The English keeps something in a state and negates nothing; the translation refuses the keeping ("No
    mantenga la herida seca", "Yarayı kuru tutmayın", 不要保持伤口干燥 for "Keep the wound dry"), where the
    English's "keep" excused any negation of its sentence. None when not so."""
    compiled = _compiled(lang)
    return _refused(_ENGLISH_KEEP_IN_A_STATE.search(english), compiled.keep if compiled else None, translation, lang,
                    "the translation says not to keep it")


def _negative_meaning_excuses(english: str, translation: str, lang: str) -> bool:
    """Does the English say something negative without a "not" (_NEGATIVE_MEANING_WORDS: "unsafe", "fast", "stop"),
    which the translation may say with a negation of its own? An "only" alone does where the translation says an
    exception or an "only" (lexicon.EXCEPT: "No use otra jeringa que la suministrada", "لا تستخدم إلا"); without
    either, its negation turns the instruction round ("Non prenda una dose in più" for "Only take an extra dose")."""
    words = {found.group().lower() for found in _ENGLISH_NEGATIVE_MEANING.finditer(english)}
    if words != {"only"}:
        return bool(words)
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.exceptive is None:
        return True
    # "up to 1 in 100" (en fazla, tối đa, 最多) for "only 1 in 100": its only negations an "at most"
    negations = _negations(translation, lang)
    if negations and all(word in compiled.at_most for word in negations):
        return True
    return compiled.exceptive.search(_line_of(_folded(translation, data), data)) is not None


def _condition_negated(english: str, translation: str, lang: str) -> str | None:
    """A negation added to the condition of a negative instruction: "No lo tome si no está embarazada" for "Do not
    take it if you are pregnant" (the other negation keeps the English's "not", so the negation check passed it).

    Judged where each text says "if" once (lexicon.CONDITIONS, ignoring case: "si", "αν", "nếu", "إذا", "اگر", "ਜੇ",
    如果; not an "if" and a negation alone, "si no", "nếu không": otherwise); the condition runs from it to the end of
    its clause (:func:`_clauses_joined`: a clause break, "and", "y") or to what opens the main clause or an "unless"
    (lexicon.CONDITION_ENDS: ਤਾਂ, "thì", 的话, 请勿, "a menos que"), and one that opens its sentence must be closed
    by a clause break, not a joining word ("Si está embarazada no lo tome y ..." says not where its condition
    ends). Not where the English condition says something translators say with a negation ("if you
    feel unwell": "si no se encuentra bien"; "under 2", "cloudy", "uncontrolled", "salt-free":
    _ENGLISH_CONDITION_SAID_NEGATED, _ENGLISH_NEGATIVE_MEANING), nor where the translation's other clauses keep fewer
    negations than the English's (the main clause's "not" moved into the condition).
    """
    found = _negations_in_the_condition(english, translation, lang)
    if found is None:
        return None
    condition, translated, added, kept = found
    if not added or len(kept) < len(_ENGLISH_NEGATION.findall(english)):
        return None
    return (f"the English says “{condition.strip()}”; the translation's condition has a negation "
            f"(“{_as_written(added[0], translated, lang)}”): the condition turned round?")


def _negation_moved_into_the_condition(english: str, translation: str, lang: str) -> str | None:
    """The English's "not" moved from its instruction into the condition: "اگر احساس بهتری ندارید، ... قطع کنید" ("if
    you do not feel better, stop it suddenly") for "DO NOT stop taking it suddenly, even if you feel better", 如果您没有
    哮喘，请服用布洛芬 for "If you have asthma, do not take ibuprofen". Both keep one negation, so the negation check
    passed them. Read as :func:`_condition_negated` reads a condition; not where the translation says "only"
    (lexicon.ONLY: "Tómelo solo si no está embarazada" says the same)."""
    # "even if" too: "DO NOT stop, even if you feel better" written "If you do not feel better, stop"
    found = _negations_in_the_condition(english, translation, lang, _ENGLISH_IF_OR_EVEN_IF)
    compiled, data = _compiled(lang), language_data(lang)
    if found is None or compiled is None or data is None:
        return None
    condition, translated, added, kept = found
    if not added or kept or (compiled.only is not None
                             and compiled.only.search(_line_of(_folded(translation, data), data))):
        return None
    return (f"the English says “{condition.strip()}” and negates its instruction; the translation's only negation "
            f"is in its condition (“{_as_written(added[0], translated, lang)}”): the instruction turned round?")


def _negations_in_the_condition(english: str, translation: str, lang: str, english_if: re.Pattern[str] | None = None,
                                ) -> tuple[str, str, tuple[str, ...], tuple[str, ...]] | None:
    """The English's one condition (with no negation of its own) and the translation's, with the negations the
    translation says in its condition and those it says elsewhere; None where either says not one condition.
    ``english_if``: what opens an English condition (:data:`_ENGLISH_IF`, not "even if", unless given)."""
    found = _one_condition_each(english, translation, lang, english_if or _ENGLISH_IF)
    if found is None:
        return None
    condition, translated = found
    if _ENGLISH_NEGATION.search(condition):
        return None
    to_its_stop = _to_its_stop(condition, english)
    if _ENGLISH_CONDITION_SAID_NEGATED.search(to_its_stop) or _ENGLISH_NEGATIVE_MEANING.search(to_its_stop):
        return None
    added = _negations(translated, lang, _excused(condition, negated=False))
    kept = _negations(translation.replace(translated, " ", 1), lang, _excused(english, negated=True))
    return condition, translated, tuple(added), tuple(kept)


def _one_condition_each(english: str, translation: str, lang: str,
                        english_if: re.Pattern[str]) -> tuple[str, str] | None:
    """The English's condition and the translation's, where each says one whose end can be told (:func:`_conditions`;
    a translation's "si no", "nếu không" is "otherwise", no condition); else None."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.conditions is None or compiled.clause_joins is None:
        return None
    said = _conditions(english, english_if, None, _ENGLISH_CLAUSE_JOINS, _ENGLISH_REASONS, _ENGLISH_AND_OR, False)
    written = [condition for condition in _conditions(translation, compiled.conditions, compiled.condition_ends,
                                                      compiled.clause_joins, compiled.reasons, compiled.and_or,
                                                      data.keep_marks)
               if condition is None or not data.spaced or len(_words(_folded(condition, data))) > 2
               or not _negations(condition, lang)]
    if len(said) != 1 or len(written) != 1 or said[0] is None or written[0] is None:
        return None
    return said[0], written[0]


def _to_its_stop(condition: str, english: str) -> str:
    """The English from its ``condition`` to the next comma, semicolon, colon or full stop."""
    return re.split(r"[,;:.]", english[english.index(condition.strip()):])[0]


def _negation_beside_a_negative_condition(english: str, translation: str, lang: str) -> str | None:
    """The translation's negation of its instruction where the English's only words of negative meaning are in its
    condition: "Si su nivel de azúcar es bajo, no coma nada" for "If your blood sugar is low, eat something". A
    "low" excuses a negation of its own ("si no es suficiente"), not one of the instruction. Read where each text
    says one condition (:func:`_one_condition_each`), the English's from its "if" to its clause's stop."""
    found = _one_condition_each(english, translation, lang, _ENGLISH_IF)
    if found is None:
        return None
    condition, translated = found
    to_its_stop = _to_its_stop(condition, english)
    instruction = english.replace(to_its_stop, " ", 1)
    if not _ENGLISH_NEGATIVE_MEANING.search(to_its_stop) or _ENGLISH_NEGATIVE_MEANING.search(instruction) \
            or _ENGLISH_OUT_OF_REACH.search(instruction):
        return None
    compiled = _compiled(lang)
    assert compiled is not None, "_one_condition_each read the language's conditions"
    rest = translation.replace(translated, " ", 1)
    negated = [word for word in _negations(rest, lang, _excused(instruction, negated=False))
               if word not in compiled.lest]
    return _negation_left(negated, instruction, rest, lang)


def _negation_beside_a_negative_purpose(english: str, translation: str, lang: str) -> str | None:
    """The translation's negation of its instruction where the English's only negative words are in its purpose or
    reason: "No use las medias para prevenir coágulos" for "Wear your stockings to prevent clots", "Không uống nhiều
    nước để tránh mất nước" for "Drink plenty of water to avoid dehydration". A "prevent" or an "avoid" excuses a
    negation of its own ("para que no se formen coágulos"), not one of the instruction.

    Read where the translation says a purpose or reason :func:`_reasons_of` can tell ("para", "per", "για να", "để",
    "لكي", 为了; لمنع, 以预防, "önlemek için"); one that follows another clause goes on to the sentence's end ("porque
    puede causarle somnolencia y, por tanto, no podrá conducir"). Not where the English's "to" is what a word asks
    ("Try to avoid alcohol": the avoiding is the instruction), nor for an instruction translators say by refusing
    its opposite ("Stay out of the sun": "No se exponga al sol"), nor for a "without" ("Tráguelos sin masticarlos"),
    nor for "do not take them off" where the English says to wear."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.clause_joins is None or compiled.reasons is None \
            or _ENGLISH_ASKED_TO.search(english):
        return None
    english_clauses = _clauses_joined(english, _ENGLISH_CLAUSE_JOINS, _ENGLISH_REASONS, _ENGLISH_AND_OR)
    purpose = " ".join(clause for clause, _, reason in english_clauses if reason)
    instruction = " ".join(clause for clause, _, reason in english_clauses if not reason)
    if not (_ENGLISH_NEGATIVE_MEANING.search(purpose) or _ENGLISH_NEGATION.search(purpose)) \
            or not instruction.strip() or _ENGLISH_NEGATIVE_MEANING.search(instruction) \
            or _ENGLISH_NEGATION.search(instruction) or _ENGLISH_OUT_OF_REACH.search(instruction) \
            or _ENGLISH_SAID_REFUSING.search(instruction) or _ENGLISH_MUST_NOT.search(english):
        return None  # "as it may make you sleepy and you should not drive": the reason's "and" carries an instruction
    rest = _outside_the_purpose(translation, compiled, data)
    if rest is None:
        return None
    negated = [word for word in _negations(rest, lang, _excused(instruction, negated=False))
               if word not in compiled.lest and not _says_without(word, lang)]
    kept_on = 0  # "No se las quite" (do not take them off) for "Wear your stockings": each such refusal, in its clause
    if _ENGLISH_WEAR.search(instruction) and compiled.removal_verbs is not None:
        clitics = _CLITIC_PRONOUNS.get(lang)  # "No se las quite": the negation two words from its verb
        for clause, _ in _clauses(rest):
            bare = clitics.sub(" ", clause) if clitics is not None else clause
            kept_on += sum(_negated_beside(found.group().strip(), bare, lang, reach=2,
                                           look_before=lang not in _VERB_FINAL)
                           for found in compiled.removal_verbs.finditer(_line_of(_folded(bare, data), data)))
    return _negation_left(negated, instruction, rest, lang, kept_on)


def _outside_the_purpose(translation: str, compiled: _Compiled, data: LanguageData) -> str | None:
    """The translation without its purpose and reason clauses (:func:`_reasons_of`), or None where it says none that
    can be told.

    A purpose or reason clause that follows another clause (its instruction, or a condition) goes on to its
    sentence's end; one that opens its sentence ("Para evitar coágulos, no use las medias") ends at its clause's."""
    written = _reasons_of(translation, compiled, data)
    if written is None or not any(reason for _, _, reason in written):
        return None
    rest, instructed, carried = [], False, False
    for clause, after, reason in written:
        if reason and instructed:
            carried = True
        if not (reason or carried):
            rest.append(clause + (after or " "))  # with its break, for what reads the rest clause by clause
            instructed = instructed or len(clause.strip()) > 1  # not a joining letter alone (Arabic ف)
        elif after in _SENTENCE_ENDS:
            rest.append(f"{after} ")  # the sentence's end kept where its purpose is left out
        if after in _SENTENCE_ENDS:
            instructed = carried = False
    return "".join(rest)


def _reasons_of(translation: str, compiled: _Compiled, data: LanguageData) -> list[tuple[str, str, bool]] | None:
    """The translation's clauses as :func:`_clauses_joined` reads them, each with whether it gives a reason or a
    purpose, also cut at the purposes those tables do not cut (there they would cut a condition in two: 如果您没有服药以降
    低血压 must stay one): from a word of lexicon.PURPOSE_OPENS to its clause's end (以预防血栓, لمنع الجلطات), and from
    its clause's start to a postposition of lexicon.PURPOSE_ENDS ("Pıhtıları önlemek için"). None without clause words."""
    if compiled.clause_joins is None:
        return None
    cut: list[tuple[str, str, bool]] = []
    for clause, after, reason in _clauses_joined(translation, compiled.clause_joins, compiled.reasons, compiled.and_or,
                                                 data.keep_marks):
        start = 0
        if compiled.purpose_ends is not None and (ends := [m.end() for m in compiled.purpose_ends.finditer(clause)]):
            start = max(ends)
            cut.append((clause[:start], "", True))
        opens = compiled.purpose_opens.search(clause, start) if compiled.purpose_opens is not None else None
        if opens is not None and clause[start:opens.start()].strip():
            cut += [(clause[start:opens.start()], "", reason), (clause[opens.start():], after, True)]
        else:
            cut.append((clause[start:], after, reason or opens is not None))
    return cut


def _negation_left(negated: list[str], instruction: str, translation: str, lang: str, excused: int = 0) -> str | None:
    """The first of the negations ``negated`` of the translation's instruction, as written, where more of them stand
    than the English's opposites and ``excused`` account for and no course is kept (:func:`_opposites_negated`,
    :func:`_course_kept`): the negation a word of negative meaning elsewhere in the English does not excuse. None
    when there is none."""
    if len(negated) - excused <= _opposites_negated(instruction, translation, lang) \
            or _course_kept(instruction, translation, lang):
        return None
    return _as_written(negated[0], translation, lang)


# A "to" a word asks for, not a purpose: "Try to avoid alcohol", "It is important to reduce it slowly".
_ENGLISH_ASKED_TO = re.compile(
    r"\b(?:try|trying|remember|need|needs|want|wants|important|best|sure|careful|able|going|how|decide|plan|aim"
    r"|continue|start|begin|advised|told|asked|ask|tell|advise|wish|safe|better|wise|advisable|recommended|good"
    r"|essential|necessary|vital|choose|agree|prefer|ought|likely|expected|allowed)"
    r"(?: (?:hard|really|always|also|just|not))? to (?:help (?:to )?)?"
    r"(?:reduce|avoid|prevent|stop|lessen|lower|limit|protect)\b", re.IGNORECASE)
# Instructions translators often say by refusing their opposite: "Stay out of the sun" (No se exponga al sol), "Cut
# down on alcohol" (No beba mucho), "Get up slowly" (no de golpe), "Stay in bed" (no se levante), "Keep taking it"
# (不要停药): their negation beside a negative purpose is no instruction turned round.
_ENGLISH_SAID_REFUSING = re.compile(
    r"\b(?:stay|keep|remain) (?:out|away|in bed|inside|indoors)\b|\bcut (?:down|back)\b"
    r"|\b(?:get|stand|sit) (?:up|out of bed) slowly\b"
    r"|\bkeep (?:on )?(?:taking|using|wearing)\b|\bcontinue (?:to )?(?:take|taking|use|using|wear|wearing)\b",
    re.IGNORECASE)
# An instruction's own "should not", "must not" after an "and", which the clause reading carries into a reason ("as it
# may make you sleepy and you should not drive"): the English's, read on the whole sentence (the reading drops "and")
_ENGLISH_MUST_NOT = re.compile(r"\band (?:you |they |it )?(?:should|must)(?: not|n['’]t)\b", re.IGNORECASE)
# Clitic pronouns between a negation and its verb ("No se las quite", "Non le tolga", "Μην τις βγάζετε")
_CLITIC_PRONOUNS = {lang: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for lang, words in (
    ("es", "se|me|te|nos|os|lo|la|los|las|le|les"), ("it", "si|mi|ti|ci|vi|ne|lo|la|li|le|gli"),
    ("el", "τις|τα|το|τον|την|τους|της|του|τη|μου|σου|μας|σας"))}
# Wearing, or leaving on ("keep" ends the rule first, a word of negative meaning): a translation may say it "do not
# take it off"
_ENGLISH_WEAR = re.compile(r"\b(?:wear\w*|leave (?:\w+ ){0,3}(?:on|in place))\b", re.IGNORECASE)


def _conditions(text: str, marker: re.Pattern[str], ends: re.Pattern[str] | None, joins: re.Pattern[str],
                reasons: re.Pattern[str] | None, and_or: frozenset[str], keep_marks: bool) -> list[str | None]:
    """Each condition of a text: from its "if" to the end of its clause, or to what ``ends`` it; None for one whose
    end cannot be told (it opens its sentence, and only a joining word or the sentence's end follows it)."""
    found: list[str | None] = []
    clauses = _clauses_joined(text, joins, reasons, and_or, keep_marks)
    for index, (clause, after, _) in enumerate(clauses):
        for match in marker.finditer(clause):
            condition = clause[match.start():]
            end = ends.search(condition, len(match.group())) if ends is not None else None
            if end is not None:
                found.append(condition[:end.start()])
                continue
            opens = not clause[:match.start()].strip() and (index == 0 or clauses[index - 1][1] in _SENTENCE_ENDS)
            closed = bool(after) and after not in _SENTENCE_ENDS  # a clause break, not "y": "Si está embarazada no lo tome y"
            found.append(condition if closed or not opens else None)
    return found


_ENGLISH_IF = re.compile(r"\b(?<!even )(?<!as )if\b", re.IGNORECASE)
_ENGLISH_IF_OR_EVEN_IF = re.compile(r"\b(?<!as )if\b", re.IGNORECASE)
# Conditions translators often say with a negation: "if you feel unwell" ("si no se encuentra bien"), "if you are
# unsure", "if you miss a dose" ("si no toma una dosis"), "if the pain persists" ("si el dolor no desaparece"), "if
# you accidentally swallow" (如果不慎), "if your child is under 2" ("chưa đủ 2 tuổi"), "if the liquid is cloudy" ("no
# está transparente"), words made negative ("uncontrolled", "irregular", "intolerant", "salt-free", "painless",
# "non-drowsy", "over-the-counter": "sin receta"). Read beside _NEGATIVE_MEANING_WORDS (fail, lack, stop, less,
# fewer, absent, continue ...), which are not repeated here.
_ENGLISH_CONDITION_SAID_NEGATED = re.compile(
    r"\b(?:doubt\w*|miss\w*|forg[eo]t\w*|difficult\w*|trouble|hard|too|lost|lose|away|persist\w*|remain\w*|still"
    r"|worse\w*|empty|delay\w*|late|longer|accident\w*|mistake\w*|inadvertent\w*|careless\w*"
    r"|un(?!der|til|it|iv|iq|ion|iform)[a-z]{3,}|i[mnr](?:mobil|toleran|regular|continen|sufficien|adequa|comple)\w*"
    r"|abnormal\w*|non-?\w+|\w+-free|\w+less|over-the-counter|cloudy|murky|under \d+|younger than|below \d+|other than"
    r"|whether)\b", re.IGNORECASE)


# "out of the reach", "out of the sight and reach", "out of children's reach", "away from children"
_ENGLISH_OUT_OF_REACH = re.compile(
    r"\b(?:out of (?:(?:the|their|its|your|a|an|any|young|small|little|children[’']s|child[’']s|kids[’']s?|kid[’']s"
    r"|bab(?:y|ies)[’']s?|sight|view|and) ){0,5}reach"
    r"|away from (?:\w+,? (?:and |or )?){0,3}?(?:children|babies|kids|pets))\b",  # "away from heat, light and children"
    re.IGNORECASE)


def _keeps_away(translation: str, lang: str) -> bool:
    """Does the translation keep something away from someone or out of their reach (lexicon.AWAY: "fuera del
    alcance", "tránh xa", 远离)?"""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.away is None:
        return True  # no words known: nothing to hold it to
    return compiled.away.search(_line_of(_folded(translation, data), data)) is not None


def _unlikely_as_a_low_likelihood(english: str, translation: str, lang: str) -> bool:
    """Is the English's only negation "unlikely", said in the translation as a low likelihood (lexicon.LOW_LIKELIHOOD:
    "olasılığınız düşüktür", 可能性很小)?"""
    if any(found.group().lower() != "unlikely" for found in _ENGLISH_NEGATION.finditer(english)):
        return False
    compiled, data = _compiled(lang), language_data(lang)
    return compiled is not None and data is not None and compiled.low_likelihood is not None \
        and compiled.low_likelihood.search(_word_line(_folded(translation, data))) is not None


# A limit the English says without a negation, and its number ("up to 2 tablets", "a maximum of 4 doses", "at
# most 3"): the translation's "tối đa", "como máximo", 最多 before that number say it, and cannot also keep a "not"
# of the English's.
_ENGLISH_OWN_LIMIT = re.compile(r"\b(?:up to(?! date| you| now)|at most|(?:a )?maximum(?: of)?) (\d+(?:[.,]\d+)?)\b",
                                re.IGNORECASE)


# the number a negated limit governs: "do not take more than 8", "no more than 2 times", "do not exceed a maximum of 4"
_ENGLISH_NEGATED_LIMIT = re.compile(r"\b(?:no|not|never|n['’]t)\b[^.;:]*?\b(?:more than|exceed\w*(?: (?:a )?maximum of)?)"
                                    r" (\d+(?:[.,]\d+)?)\b", re.IGNORECASE)


def _at_most_for_the_englishs_own(negations: tuple[str, ...], english: str, translation: str,
                                  lang: str) -> tuple[str, ...]:
    """The translation's at-most words among its ``negations`` that say the English's own limits: each right before
    (within three words, or six characters in Chinese) the number the English's "up to" governs."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return ()
    own = {number_value(found[1]) for found in _ENGLISH_OWN_LIMIT.finditer(english)}
    if own & {number_value(found[1]) for found in _ENGLISH_NEGATED_LIMIT.finditer(english)}:
        return ()  # "up to 2 tablets, no more than 2 times": which at most is which is not known by the number
    line = _word_line(_folded(_ascii_digits(translation), data))
    said = []
    for word in dict.fromkeys(word for word in negations if word in compiled.at_most):
        for found in re.finditer(rf"(?<![^ ]){re.escape(word)}" if data.spaced else re.escape(word), line):
            after = line[found.end():].split()[:3] if data.spaced else [line[found.end():found.end() + 6]]
            number = next((match[0] for piece in after if (match := re.search(r"\d+(?:[.,]\d+)?", piece))), None)
            if number is not None and number_value(number, lang) in own:
                said.append(word)
    return tuple(said)


# The English negations that each negate a verb of their own: "Do not drive and do not drink".
_ENGLISH_VERB_NEGATION = re.compile(r"\b(?:not|never|cannot|nor)\b|\b\w+n['’]t\b", re.IGNORECASE)
_ENGLISH_WITHOUT = re.compile(r"(?<!with or )\bwithout\b", re.IGNORECASE)  # not "with or without food"


def _says_without(found: str, lang: str) -> bool:
    """Is ``found``, one of the translation's negations (:func:`_negations`), a word for "without"?"""
    compiled = _compiled(lang)
    pattern = compiled.without if compiled is not None else None
    return pattern is not None and (match := pattern.match(f" {found} ", 1)) is not None and match.end() == len(found) + 1


def negations_kept(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Negations counted: a sentence that says "do not" twice keeps both, and its condition gains none.

    A warning, not an error: one negation may cover two verbs in a correct
    translation (Chinese 请勿驾车或饮酒, "do not drive or drink"), so a reviewer
    reads the sentence. A sentence with no negation left at all is the
    negation check's error. So is a "not" whose only trace is a "without": a
    warning, as "Do not eat for 6 hours" may well be "Permanezca sin comer 6
    horas", but "Do not drive" must not become "Conduzca sin restricciones".
    And a negation added to the English's condition (:func:`_condition_negated`): a warning too, as a condition
    is often said the other way round in a correct translation ("if the pain has gone": "si ya no tiene dolor").
    """
    if _compiled(lang) is None:
        return
    pairs = aligned(english, translation, lang)
    for index, (source, target) in enumerate(pairs):
        said = len(_ENGLISH_VERB_NEGATION.findall(source))
        negated = _negations(target, lang)
        kept = len(negated)
        if said > 1 and 0 < kept < said:
            yield (f"{_where(index, pairs)}the English negates {said} times; the translation {kept} "
                   f"{'time' if kept == 1 else 'times'}: is every “not” kept?")
        elif said and negated and not _ENGLISH_WITHOUT.search(source) \
                and all(_says_without(found, lang) for found in negated):
            yield (f"{_where(index, pairs)}the English says “not”; the translation's only negation is "
                   f"“{_as_written(negated[0], target, lang)}”, a “without”: is the “not” kept (not “drive without "
                   "restrictions”)?")
        if negated and _ENGLISH_NEGATION.search(source) and (turned := _condition_negated(source, target, lang)):
            yield f"{_where(index, pairs)}{turned}"


def polarity(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Opposites: severe stays severe, before stays before, always stays always, required stays required.

    Sentence by sentence, for each pair of clinical opposites (an age limit's
    older/younger, "under 12" written "mayores de 12"; severe/mild, high/low,
    more/less, before/after, required/optional, always/sometimes, common/rare,
    safe/unsafe, start/stop, at most/at least, with food/on an empty stomach, teaspoon/tablespoon,
    swallowed whole/chewed, morning/evening, left/right, straight away/later, dry/wet):
    an English sentence holding one pole
    only must not come out holding the other only. Sentences where one side
    negates and the other does not are left to the negation check ("unsafe" is
    "not safe").
    """
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or compiled.polarity is None or data is None:
        return
    pairs = aligned(english, translation, lang)
    # the parts of the day the whole translation names: a sentence's morning may have moved to another sentence,
    # unless its sentences are seen to keep the English's order
    everywhere = _poles_in(_word_line(_folded(translation, data)), compiled.parts_of_the_day) \
        if compiled.parts_of_the_day is not None and not _in_the_same_order(pairs, lang) else {}
    turned = False  # a part of the day turned round, said already
    english_poles = _english_poles()
    assert english_poles is not None
    for index, (source, target) in enumerate(pairs):
        negated = _ENGLISH_NEGATION.search(source) is not None
        english_line, line = _word_line(fold(source)), _word_line(_folded(target, data))
        said = _poles_in(english_line, english_poles)
        sets_an_age = ("age", 0) in said or ("age", 1) in said
        regex = compiled.polarity if sets_an_age else compiled.polarity_without_age
        found = _poles_in(line, regex) if regex is not None else {}
        # (an "unless" said with a negation keeps the English's "not" here: the negation check says it does not)
        negations = _negations(target, lang, () if negated else _said_with_a_negation(source))
        if not negated:  # "como máximo" is a negation for "no more than", a limit of its own here ("at least")
            negations = tuple(word for word in negations if word not in compiled.at_most)
        # The translation negates where the English does not: "safe" may be "not dangerous", so an opposite with
        # a negation right before it says the English's pole; one without says the opposite, whatever else the
        # sentence negates ("above 38 °C or you feel unwell" as "inferior a 38 °C o no se encuentra bien").
        by_negation = not negated and bool(negations)
        if negated != bool(negations):
            course = _course_turned_by_a_negation(said, found, source, target, lang) if negations else None
            if course is None and not by_negation:
                continue  # "not safe" written "unsafe": the negation check's
            if course:  # "Stop taking it" written "No deje de tomarlo": do not stop
                yield f"{_where(index, pairs)}{course}"
                continue
            # "Keep taking it" written "No deje de tomarlo": the negation is its course's own; the rest is held
            said = {key: word for key, word in said.items() if key[0] != "course"}
            found = {key: word for key, word in found.items() if key[0] != "course"}
        if compiled.parts_of_the_day is not None:
            said |= _parts_of_the_day_held(source, english_line, target, everywhere)
            found |= _poles_in(line, compiled.parts_of_the_day)
        held = set()
        for concept, names in lexicon.POLARITY_CONCEPTS.items():
            if ((concept, 0) in said) == ((concept, 1) in said):
                continue  # neither pole, or both: nothing one-sided to hold the translation to
            if concept == "chewing" and negated:
                continue  # "without chewing or crushing", "no lo mastique": chewing said so is the negation check's
            side = 0 if (concept, 0) in said else 1
            # the opposite refused says the English's pole where the English's is not refused itself: "Keep the
            # patch dry and do not swim" as "No moje el parche y no nade", not "Do not let it get wet" as "No deje
            # que se seque"
            english_said_plainly = concept in _NOTHING_BETWEEN and not _english_refuses(said[(concept, side)], source)
            if (concept, 1 - side) in found and (concept, side) not in found \
                    and not ((by_negation or english_said_plainly)
                             and _opposite_negated(found[(concept, 1 - side)], target, lang)):
                turned |= concept == "part_of_day"
                held.add(concept)
                yield (f"{_where(index, pairs)}the English says “{said[(concept, side)]}” ({names[side]}); "
                       f"the translation says “{found[(concept, 1 - side)]}” ({names[1 - side]})")
            elif english_said_plainly and (concept, side) in found and (concept, 1 - side) not in found \
                    and not _exception_beside(found[(concept, side)], source, target, lang) \
                    and _own_pole_refused(found[(concept, side)], source, target, lang, negations):
                # the English's own pole refused: "Keep the dressing dry" as "No deje que el apósito se seque"
                held.add(concept)
                yield (f"{_where(index, pairs)}the English says “{said[(concept, side)]}” ({names[side]}); "
                       f"the translation refuses “{found[(concept, side)]}”: {names[1 - side]}")
        # a side of the body dropped ("en cada ojo", "en el ojo" for "in the right eye"): the wrong eye may be treated
        if "side" not in held and len({side for concept, side in said if concept == "side"}) == 1 \
                and _ENGLISH_SIDE_OF_THE_BODY.search(english_line) \
                and not any(concept == "side" for concept, _ in found) \
                and (compiled.side_words is None or not compiled.side_words.search(line)):
            side_said = next(word for (concept, _), word in said.items() if concept == "side")
            yield (f"{_where(index, pairs)}the English says “{side_said}”; the translation names no side")
        # "after food" is no pole (its "after" is timing's), but an empty stomach for it is the opposite
        if "meals" not in held and ("meals", 1) in found and not {("meals", 0), ("meals", 1)} & said.keys() \
                and ("meals", 0) not in found and (after_food := _ENGLISH_AFTER_FOOD.search(source)):
            yield (f"{_where(index, pairs)}the English says “{after_food.group()}”; the translation says "
                   f"“{found[('meals', 1)]}” ({lexicon.POLARITY_CONCEPTS['meals'][1]})")
        # and an empty stomach written "after" (después de comer, 饭后) where the English says neither before nor after
        elif "meals" not in held and ("meals", 1) in said and ("meals", 1) not in found and ("timing", 1) in found \
                and not {("timing", 0), ("timing", 1)} & said.keys() and regex is not None and "meals_1" in regex.groupindex:
            yield (f"{_where(index, pairs)}the English says “{said[('meals', 1)]}” "
                   f"({lexicon.POLARITY_CONCEPTS['meals'][1]}); the translation says “{found[('timing', 1)]}” (after)")
        # and "with food" written "before meals" (prima dei pasti, قبل الأكل, 饭前) where the English says neither
        # before nor after: before food; in the whole entry, as sentences may have changed places
        elif "meals" not in held and ("meals", 0) in said and ("meals", 0) not in found \
                and compiled.before_meals is not None and (before := compiled.before_meals.search(line)) \
                and not {("timing", 0), ("timing", 1)} & _poles_in(_word_line(fold(english)), english_poles).keys() \
                and regex is not None and ("meals", 0) not in _poles_in(_word_line(_folded(translation, data)), regex):
            yield (f"{_where(index, pairs)}the English says “{said[('meals', 0)]}” "
                   f"({lexicon.POLARITY_CONCEPTS['meals'][0]}); the translation says "
                   f"“{_as_written(before.group().strip(), target, lang)}” (before meals)")
        if compiled.thresholds is not None and data is not None and not held & {"level", "quantity"}:
            thresholds = _english_thresholds(english_line)
            for pole, number, side in thresholds:
                if any(other == number and other_side != side for _, other, other_side in thresholds):
                    continue  # "under 50 kg ...; over 50 kg ...": which copy is which is not known here
                if pole in ("at least", "a minimum of") and ("limit", 1) in found:
                    continue  # kept as a least ("en az 2 L", whose "az" alone would be "less")
                if pole in ("at least", "a minimum of") and "limit" not in held \
                        and (most := _up_to_right_before(number, target, lang)):
                    yield (f"{_where(index, pairs)}the English says “{pole} {number}” (at least); the translation "
                           f"says “{most}” before it (up to)")  # "Deje pasar hasta 4 horas entre dosis"
                    continue
                beside = _threshold_beside(target, number, compiled.thresholds, data, lang)
                if beside is None and not re.search(r"\d", _ascii_digits(target)):
                    # no digits (三十八度): the sentence's words of comparison, when all say the other side
                    words = list(compiled.thresholds.finditer(_word_line(_folded(target, data))))
                    sides = {0 if word.lastgroup == "over" else 1 for word in words}
                    beside = (words[0].group().strip(), 1 - side) if sides == {1 - side} else None
                if beside is not None and beside[1] != side \
                        and not (by_negation and _opposite_negated(beside[0], target, lang)):
                    yield (f"{_where(index, pairs)}the English says “{pole} {number}” ({('over', 'under')[side]}); "
                           f"the translation says “{beside[0]}” beside it ({('over', 'under')[beside[1]]})")
    yield from _doses_moved_between_parts_of_the_day(english, translation, lang, by_verb=not turned)


def _up_to_right_before(number: str, translation: str, lang: str) -> str | None:
    """A word of lexicon.UP_TO ("hasta", "fino a", 最多) within two words (six characters unspaced) before ``number``
    in the translation, as written; else None."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.up_to is None:
        return None
    line = _line_of(_folded(_ascii_digits(translation), data), data)
    for found in re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", line):
        before = line[:found.start()]
        near = " " + " ".join(before.split()[-3:]) + " " if data.spaced else before[-7:]
        if (most := compiled.up_to.search(near)) is not None:
            return _as_written(most.group().strip(), translation, lang)
    return None


def _fails_to(word: str, english: str) -> int:
    """How many times the English says its course ``word`` after a verb that negates it ("if the bleeding fails to
    stop"): as many of the translation's negated course words are that negation's ("no se detiene")."""
    return len(re.findall(_ENGLISH_FAILS_TO + rf"{re.escape(word)}\b", fold(english)))


def _course_words(target: str, lang: str, side: int) -> tuple[int, int]:
    """How many times the translation says the course's ``side`` ("detiene", "deje de", 停药) with a negation right
    before it in its clause (two words, three characters unspaced) or as a negative form, and how many times
    without: "Si la hemorragia no se detiene, deje de tomarlo" once each."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.polarity is None or compiled.negations is None:
        return 0, 0
    negated = plain = 0
    for clause in _CLAUSE_BREAK.split(_folded(target, data)):
        line = _line_of(clause, data)
        for found in compiled.polarity.finditer(line):
            if found.lastgroup != f"course_{side}":
                continue
            if _negated_after(line[:found.start()], found.group(), lang):
                negated += 1
            else:
                plain += 1
    return negated, plain


def _english_course_words(english: str, side: int) -> int:
    """How many times the English says the course's ``side`` (stop, or keep on)."""
    poles = _english_poles()
    return 0 if poles is None else sum(found.lastgroup == f"course_{side}"
                                       for found in poles.finditer(_word_line(fold(english))))


# A side before a part of the body ("the right eye"); not "on the right dose", "to the right" (which may be
# "clockwise")
_ENGLISH_SIDE_OF_THE_BODY = re.compile(r"(?<= )(?:left|right)" + lexicon.ENGLISH_SIDED)
# A verb that negates the one after it: "fails to stop", "is unable to keep", "refuses to start"
_ENGLISH_FAILS_TO = r"\b(?:fail(?:s|ed|ing)?|unable|refus(?:e|es|ed|ing))\s+to\s+"  # over folded English


def _course_turned_by_a_negation(said: dict[tuple[str, int], str], found: dict[tuple[str, int], str], source: str,
                                 target: str, lang: str) -> str | tuple[()] | None:
    """A sentence the translation negates and the English does not, about starting or stopping (polarity).

    The translation's course word the English's own, with a negation right before it in its clause ("Stop taking
    it" as "No deje de tomarlo", "Continue" as "No siga", 不要停药): the course turned round, the message saying
    so. The opposite word so negated ("Keep taking it" as "No deje de tomarlo"): the same course, ``()``. Else
    None, the sentence left to the negation check: a negation further off may be a modal's ("No se debe
    interrumpir") or another clause's ("Si no funciona, deje de tomarlo"). An English course word negated by a
    verb ("If the bleeding fails to stop" as "Si la hemorragia no se detiene") is negated on both sides: ``()``,
    where the translation negates its course words no more often than the English so says them.
    """
    english = {side for concept, side in said if concept == "course"}
    translated = {side for concept, side in found if concept == "course"}
    if len(english) != 1 or len(translated) != 1:
        return None
    side, other = english.pop(), translated.pop()
    if not _negated_beside(found[("course", other)], target, lang, reach=2):  # "قطع نکنید", "ਬੰਦ ਨਾ ਕਰੋ" after
        return None
    if other != side:
        return ()
    fails = _fails_to(said[("course", side)], source)
    negated, plain = _course_words(target, lang, side)
    if fails and negated <= fails and plain >= _english_course_words(source, side) - fails:
        return ()  # "Si la hemorragia no se detiene, deje de tomarlo": the negation is the "fails to"'s
    where = "right before it" if _negated_right_before(found[("course", side)], target, lang) else "after it"
    return (f"the English says “{said[('course', side)]}” ({lexicon.POLARITY_CONCEPTS['course'][side]}); the "
            f"translation says “{found[('course', side)]}” with a negation {where}: the opposite")


# Where an English sentence's next instruction starts: "but", "then", "so", or an "and"/"or" before a verb of one
# ("Keep it dry and do not swim"); not the "or" of a list a "do not" governs ("Do not eat or drink anything")
_ENGLISH_CLAUSE_JOIN = re.compile(r"\b(?:but|then|so)\b|\b(?:and|or)\b(?= (?:do|don\W?t|never|avoid|please|try|call"
                                  r"|tell|ask|keep|take|use|stop|wait|make|let)\b)")


def _english_refuses(word: str, english: str) -> bool:
    """Is the English's pole ``word`` (folded) refused in its own clause ("Do not let the dressing get wet", "avoid
    getting it wet"), not only by another clause of its sentence ("Keep the patch dry and do not swim")?"""
    folded = fold(english)
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
    if found is None:
        return True  # not found as said: as refused, which lets no opposite pass
    clause = _ENGLISH_CLAUSE_JOIN.split(_CLAUSE_BREAK.split(folded[:found.start()])[-1])[-1]
    return _ENGLISH_NEGATION.search(clause) is not None or _ENGLISH_KEPT_FROM.search(clause) is not None


# What keeps something from happening, or puts it off: "to keep it from getting wet", "to prevent dry skin",
# "protect it from", "wait until it is dry", "wait 4 hours before" (said in translations with a refusal)
_ENGLISH_KEPT_FROM = re.compile(r"\b(?:prevent\w*|avoid\w*|protect\w*|(?:keep|stop)\w* (?:\w+ ){0,3}from|wait\w*|until)\b")


def _opposites_negated(english: str, translation: str, lang: str) -> int:
    """How many of the English's poles the translation says as their opposite negated (:func:`_opposite_negated`):
    "No conservar a temperatura superior a 25 °C" for "Store below 25 °C", "Non rimuova il cerotto prima di 12 ore"
    for "Remove the patch after 12 hours". Each such negation is the pole's, none added; any other still is."""
    compiled, data, poles = _compiled(lang), language_data(lang), _poles_said_and_found(english, translation, lang)
    if compiled is None or data is None or poles is None:
        return 0
    said, found = poles
    english_line = _word_line(fold(english))
    # Only opposites with nothing between them: "not less" is not "more" (the same dose), "not low" not "high"
    # (normal); but beside a number, "not above 25 °C" is "25 °C or below"
    thresholds = _english_thresholds(english_line)
    between = {"level", "quantity"} if thresholds else set()
    words = {found[(concept, 1 - side)] for concept, side in said
             if concept in _NOTHING_BETWEEN | between and (concept, 1 - side) not in said
             and (concept, 1 - side) in found and _opposite_negated(found[(concept, 1 - side)], translation, lang)}
    # else a threshold said by the other side's word beside its number: 请勿存放在25°C以上 for "Store below 25 °C"
    # (not as well: "no es superior a 38 °C" says a level and a threshold with one negation, not two)
    for _, number, side in thresholds if not words else ():
        word = _threshold_beside(translation, number, compiled.thresholds, data, lang) if compiled.thresholds else None
        if word is not None and word[1] != side and _opposite_negated(word[0], translation, lang):
            words.add(word[0])
    return len(words)


_NOTHING_BETWEEN = frozenset({"timing", "limit", "safety", "necessity", "meals", "moisture"})


def _poles_said_and_found(english: str, translation: str, lang: str
                          ) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], str]] | None:
    """The poles the English says and those the translation says (ages and parts of the day apart), as
    :func:`polarity` reads them; None for a language without the lists."""
    compiled, data, english_poles = _compiled(lang), language_data(lang), _english_poles()
    if compiled is None or compiled.polarity_without_age is None or data is None or english_poles is None:
        return None
    return (_poles_in(_word_line(fold(english)), english_poles),
            _poles_in(_word_line(_folded(translation, data)), compiled.polarity_without_age))


def _course_kept(english: str, translation: str, lang: str) -> bool:
    """Does the translation keep the English's "keep taking" or "continue": as such ("Continúe usando las gotas
    hasta que no quede nada": a negation of its own), or as "do not stop" (No deje de tomarlo)?"""
    poles = _poles_said_and_found(english, translation, lang)
    if poles is None:
        return False
    english_sides = {side for concept, side in poles[0] if concept == "course"}
    found = {side: word for (concept, side), word in poles[1].items() if concept == "course"}
    if len(english_sides) != 1 or len(found) != 1:
        return False
    [(side, word)] = found.items()
    # anywhere before it in its clause: "No se debe interrumpir", 也不要自行停药
    return (side in english_sides) != _negated_beside(word, translation, lang, reach=None)


_ENGLISH_AFTER_FOOD = re.compile(r"\bafter (?:food|eating|(?:a |your |each )?meals?|you(?: have|'ve|’ve)? eaten)\b",
                                 re.IGNORECASE)


def _negated_right_before(word: str, target: str, lang: str, reach: int | None = 2) -> bool:
    """Is ``word`` (as the word line has it) negated right before it in its clause of ``target``, or itself a
    negative form ("bırakmayın")? The two words before it in a spaced script ("no deje de", "μη σταματήσετε"; not a
    Turkish conditional's own "-mezse"), the three characters before it in Chinese (不要停药); ``reach`` words
    (characters but one) if given, or its whole clause before it (None)."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.negations is None:
        return False
    text = _folded(target, data)
    found = _word_in(word, text, data)
    if found is None:
        return False
    return _negated_after(_CLAUSE_BREAK.split(text[:found.start()])[-1], found.group(), lang, reach)


def _negated_after(before: str, word: str, lang: str, reach: int | None = 2) -> bool:
    """Is ``word`` negated by the folded text ``before`` it in its clause (``reach`` words of it, characters but
    one unspaced; all of it for None), or itself a negative form? :func:`_negated_right_before` for a word found."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.negations is None:
        return False
    if data.spaced:
        words = [w for w in before.split() if not (lang == "tr" and _TURKISH_CONDITIONAL.search(w))]
        near = _word_line(" ".join([*(words[-reach:] if reach is not None else words), word]))
    else:
        near = (before[-(reach + 1):] if reach is not None else before) + word
    if compiled.false_negations is not None:
        near = compiled.false_negations.sub(" ", near)
    return compiled.negations.search(near) is not None


def _word_in(word: str, folded: str, data: LanguageData) -> re.Match[str] | None:
    """Where ``word`` (as the word line has it) stands in the folded text: as a whole word in a spaced script."""
    spelled = r"\W+".join(re.escape(part) for part in word.split())
    return re.search(rf"(?<![^\W\d_]){spelled}(?![^\W\d_])" if data.spaced else spelled, folded)


def _negated_beside(word: str, target: str, lang: str, reach: int | None, *, look_before: bool = True) -> bool:
    """:func:`_negated_right_before` (``reach`` words before it; with ``look_before`` false, only a negative form of
    its own, Turkish "kurutmayın"), or, where a negation follows what it negates (Turkish, Persian, Punjabi:
    "güvenli değil", "ایمن نیست", "ਸੁਰੱਖਿਅਤ ਨਹੀਂ"), by one of the two words after it in its clause."""
    if _negated_right_before(word, target, lang, reach) if look_before else _negated_after("", word, lang, reach):
        return True
    compiled, data = _compiled(lang), language_data(lang)
    if lang not in _NEGATION_FOLLOWS or compiled is None or data is None or compiled.negations is None:
        return False
    text = _folded(target, data)
    found = _word_in(word, text, data)
    if found is None:
        return False
    # the two words after it, to a joining word: "Kuru tutun ve ıslatmayın" refuses the wetting, not the keeping
    after = _parts_around(text, found, (compiled.clause_joins, _ZH_AND))[1]
    if compiled.negations.search(_word_line(" ".join(after.split()[:2]))) is not None:
        return True
    # a refusal of a whole phrase, a list too: "از خیس شدن زخم و پانسمان خودداری کنید" (refrain from the wound and
    # the dressing getting wet), "Pansumanın ıslanmasını önleyin" (prevent the dressing getting wet)
    frame = _REFRAINING_FROM.get(lang)
    if frame is None or (frame.word is not None and not frame.word.search(word)):
        return False
    before, rest = _parts_around(text, found, ())  # a list too: "از خیس شدن زخم و پانسمان خودداری کنید"
    if frame.opening is not None:  # a new opening ("... و از مصرف الکل خودداری کنید") starts a refusal of its own
        if frame.opening.search(_word_line(" ".join(before.split()[-4:]))) is None:
            return False
        rest = frame.opening.split(_word_line(rest))[0]
    return frame.verb.search(_word_line(" ".join(rest.split()[:6]))) is not None


def _parts_around(folded: str, found: re.Match[str], joins: Iterable[re.Pattern[str] | None]) -> tuple[str, str]:
    """The folded text before and after ``found`` in its clause, each cut at the nearest of ``joins`` too."""
    before = _CLAUSE_BREAK.split(folded[:found.start()])[-1]
    after = _CLAUSE_BREAK.split(folded[found.end():])[0]
    for join in joins:
        if join is not None:
            before, after = join.split(before)[-1], join.split(after)[0]
    return before, after


_ZH_AND = re.compile(r"[并並]")  # "and" between two verbs: 不要让胃太满并在饭后服用 (和 joins nouns: 伤口和敷料)


@lru_cache(maxsize=16)
def _joins_before_a_verb(lang: str) -> re.Pattern[str] | None:
    """The language's joining words (lexicon.CLAUSE_JOINS) where another clause may start: not before an article
    that is no pronoun, where they join two nouns ("la herida y el apósito", "η πληγή και ο επίδεσμος"). Elsewhere
    every joining word may start a clause: a list read as two clauses (safer than the reverse)."""
    compiled = _compiled(lang)
    if compiled is None or compiled.clause_joins is None:
        return None
    determiners = _DETERMINERS.get(lang)
    if lang == "ar":  # و written onto a verb ("وتناوله", and take it), not onto a noun with its ال ("والضمادة"); ف,
        # "so", onto anything ("فالقيادة آمنة", so driving is safe)
        return re.compile(rf"{compiled.clause_joins.pattern}|(?<!\w)(?:و(?!ال)|ف)(?=\w)", re.IGNORECASE)
    if determiners is None:
        return compiled.clause_joins
    return re.compile(rf"(?:{compiled.clause_joins.pattern})(?! (?:{'|'.join(determiners)}) )", re.IGNORECASE)


_DETERMINERS = {  # not la, lo, le, το, την ...: pronouns too ("y la tome", "e lo prenda", "και το παίρνετε")
    "es": ("el", "su", "sus", "un", "una", "este", "esta"),
    "it": ("il", "i", "un", "una", "uno", "suo", "sua", "questo", "questa"),
    "el": ("ο", "η", "οι", "ενας", "μια"),
}

_NEGATION_FOLLOWS = frozenset({"tr", "fa", "pa_Guru"})  # languages that negate after the word: "güvenli değil"


class _Refraining(NamedTuple):
    """A refusal of a phrase around the word: its opening within four words before it (None: none), its verb over
    the six words after it in its clause (to a new opening), and the form the word must have (None: any)."""

    opening: re.Pattern[str] | None
    verb: re.Pattern[str]
    word: re.Pattern[str] | None = None


# Persian "از خیس شدن گچ خودداری کنید" (refrain from the cast getting wet), "... جلوگیری کنید" (prevent); Punjabi
# "ਗਿੱਲਾ ਹੋਣ ਤੋਂ ਬਚਾਓ" (protect it from getting wet); Turkish "ıslanmasını önleyin" (prevent it getting wet), its
# word a verbal noun ("-masını"), not the "-arak" of a means ("kuru tutarak enfeksiyonu önleyin": keep it dry,
# preventing infection).
_REFRAINING_FROM: dict[str, _Refraining] = {
    "fa": _Refraining(re.compile(r" از "), re.compile(r"(?<= )(?:خودداری|اجتناب|پرهیز|جلوگیری)(?= )")),
    # no verb between (ਲਓ, ਕਰੋ, ਹੈ): "ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲਓ ਅਤੇ ਸ਼ਰਾਬ ਤੋਂ ਬਚੋ" refuses the alcohol, not the "after"
    "pa_Guru": _Refraining(None, re.compile(r"^(?: (?![^ ]*[ਓੋ] |ਹੈ |ਹਨ |ਹੋ )[^ ]+){0,4} ਤੋਂ ਬਚ")),
    "tr": _Refraining(None, re.compile(r"^ (?:onle|engelle)\w*(?= )"), re.compile(r"m[ae](?:sin[ie]|yi)$")),
}


def _let_not_before(folded: str, found: re.Match[str], compiled: _Compiled, data: LanguageData, lang: str) -> bool:
    """Is ``found`` under a "do not let", "avoid that" or "prevent" (lexicon.LET_NOT) before it in its clause, with no
    other clause starting between them (:func:`_joins_before_a_verb`): a list of nouns may stand between ("Evite que
    la herida y el apósito se mojen"), an instruction of its own or a "then" may not ("Eviti che lo stomaco sia pieno
    e lo prenda dopo i pasti")."""
    if compiled.let_not is None:
        return False
    line = _line_of(_parts_around(folded, found, (_ZH_AND,))[0], data)
    refusals = list(compiled.let_not.finditer(line))
    if not refusals:
        return False
    between = line[refusals[-1].end():]
    return not any(words is not None and words.search(between) for words in (
        _joins_before_a_verb(lang), compiled.instructions, compiled.then))  # "y su hijo lo tome", 再, "وتناوله"


def _own_pole_refused(word: str, english: str, target: str, lang: str, negations: tuple[str, ...]) -> bool:
    """Does the translation refuse its word of the English's own pole ("No deje que el apósito se seque" for "Keep
    the dressing dry"): a negation right before it (:func:`_opposite_negated`, two words), not a negative form of
    its own (不安全, an opposite's word; a Turkish verb negates in its suffix, "kurutmayın"), and not one that already
    says another of the English's poles ("No es seguro conducir después" for "It is unsafe to drive after": its "no"
    is the unsafe's)?"""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.negations is None \
            or (lang != "tr" and compiled.negations.search(_word_line(word))):
        return False
    if negations and _opposites_negated(english, target, lang) >= len(negations):
        return False
    if not _opposite_negated(word, target, lang, reach=2, look_before=lang not in _VERB_FINAL):
        return False
    # "sin masticarlo después de comer": a "without" of another word
    text = _folded(target, data)
    found = _word_in(word, text, data)
    if found is None:
        return True
    near = _CLAUSE_BREAK.split(text[:found.start()])[-1].split()[-2:]
    without = {fold(word, data.keep_marks) for word in data.without}
    return not (near and any(w in without for w in near) and not compiled.negations.search(
        _word_line(" ".join(w for w in near if w not in without))) and not _let_not_before(text, found, compiled, data,
                                                                                            lang))


# Languages whose negation of a verb follows it or sits in it: a negative verb before a word ends the clause
# before it ("برای اینکه معده تان ناراحت نشود بعد از غذا مصرف کنید": so that your stomach is not upset, take it after
# food)
_VERB_FINAL = frozenset({"tr", "fa"})


def _opposite_negated(word: str, target: str, lang: str, reach: int = 4, *, look_before: bool = True) -> bool:
    """Does the translation negate its opposite word, saying the English's pole ("no es seguro" for "unsafe",
    "No conservar a temperatura superior" for "below")? Within four words before it (two after it in Turkish,
    Persian, Punjabi); not further: a negation of another verb of the clause ("Không uống nhiều nước và uống thuốc
    lúc đói") is no pole's. Not the negation of an "at most" itself ("không quá", "non più di" for "at least": the
    opposite), nor in a clause that forgets or stops ("No olvide tomarlo después", "No deje de tomarlo después"
    are "remember", "keep on": its negation is theirs, lexicon.FORGET)."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or word in compiled.at_most:
        return False
    text = _folded(target, data)
    found = _word_in(word, text, data)
    let_not = found is not None and _let_not_before(text, found, compiled, data, lang)
    if not (let_not or _negated_beside(word, target, lang, reach=reach, look_before=look_before)):
        return False
    clause = _word_line(_CLAUSE_BREAK.split(text[:found.start()])[-1] + " " + _CLAUSE_BREAK.split(text[found.end():])[0]
                        if found is not None else text)
    forgets = compiled.forget is not None and compiled.forget.search(clause)
    stops = compiled.polarity_without_age is not None and ("course", 1) in _poles_in(clause,
                                                                                      compiled.polarity_without_age)
    return not (forgets or stops)


_TURKISH_CONDITIONAL = re.compile(r"(?:se|sa)(?:niz|nız|k)?$")  # "düzelmezse": if it does not improve


def _english_thresholds(english_line: str) -> list[tuple[str, str, int]]:
    """What a folded English line compares a number with: "over 38°C", "under 7 mmol/L" (a measure of the body),
    "more than 8", "fewer than 3"; each as its word, its number and its side (0: over)."""
    return [(match["pole"], match["number"], 0 if match["pole"] in _ENGLISH_OVER else 1)
            for pattern in (_ENGLISH_OVER_A_MEASURE, _ENGLISH_MEASURE_OR_MORE, _ENGLISH_MORE_THAN, _ENGLISH_AT_LEAST)
            for match in pattern.finditer(english_line)]


_ENGLISH_OVER = frozenset({"over", "above", "more", "higher", "greater", "at least", "a minimum of"})


def _threshold_beside(translation: str, number: str, thresholds: re.Pattern[str], data: LanguageData,
                      lang: str) -> tuple[str, int] | None:
    """The word of lexicon.THRESHOLDS that governs ``number`` in the translation, and its side: the nearest before
    it in its clause ("fiebre alta de menos de 38": "menos de"), else the first after it there; in Turkish, whose
    words of comparison follow the number ("38 °C'nin altında", "8 tabletten az"), after it first. None when the
    number is not there in digits or no such word governs it. Of several copies of the number, the one a unit
    follows ("4 comprimidos ... menos de 4 mmol/l")."""
    text = _ascii_digits(translation)
    copies = list(re.finditer(rf"(?<![\d.,]){re.escape(number)}(?:[.,]\d+)?(?!\d)", text))
    if not copies:
        return None
    at = next((copy for copy in copies if _UNIT_AFTER.match(text, copy.end())), copies[0])
    # in its clause, and not past another number ("36°C以下或38°C以上": each its own)
    before_text = re.split(r"\d", _CLAUSE_BREAK.split(translation[:at.start()])[-1][-30:])[-1]
    after_text = re.split(r"\d", _CLAUSE_BREAK.split(translation[at.end():])[0][:30])[0]
    before = list(thresholds.finditer(_word_line(_folded(before_text, data))))
    after = list(thresholds.finditer(_word_line(_folded(after_text, data))))
    nearest = (after[:1] or before[-1:]) if lang in _COMPARED_AFTER_THE_NUMBER else (before[-1:] or after[:1])
    if not nearest:
        return None
    return nearest[0].group().strip(), 0 if nearest[0].lastgroup == "over" else 1


_UNIT_AFTER = re.compile(r"\s?(?:[°º%]|mmol|mg|mm|bpm|kg|度|公斤|千克|درج)", re.IGNORECASE)
# "38 °C'nin üzerinde", "8 tabletten az", 38°C以上: the postposition follows (before it, 低于 still counts)
_COMPARED_AFTER_THE_NUMBER = frozenset({"tr", "zh_Hans", "zh_Hant"})
_ENGLISH_OVER_A_MEASURE = re.compile(lexicon.ENGLISH_OVER_A_MEASURE)
_ENGLISH_MEASURE_OR_MORE = re.compile(lexicon.ENGLISH_MEASURE_OR_MORE)
_ENGLISH_MORE_THAN = re.compile(r"(?<= )(?P<pole>more|less|fewer) than (?P<number>\d+)(?= )")
# A least: "Drink at least 2 litres" written "menos de 2 L" (less than) says the opposite
_ENGLISH_AT_LEAST = re.compile(r"(?<= )(?P<pole>at least|a minimum of) (?P<number>\d+)(?= )")




def _in_the_same_order(pairs: list[tuple[str, str]], lang: str) -> bool:
    """Are the translation's sentences seen to keep the English's order? Each negates, and takes a dose
    (lexicon.DOSE_VERBS), where its English sentence does, and no two alike (two alike may have changed places): "If
    you forget your evening dose, take it as soon as you remember. If it is nearly time for your morning dose, skip
    the missed dose." with the two doses swapped is no pair of sentences reordered."""
    compiled, data = _compiled(lang), language_data(lang)
    if len(pairs) < 2 or compiled is None or data is None or compiled.dose_verbs is None:
        return False
    english = [(bool(_ENGLISH_NEGATION.search(source)),
                bool(_ENGLISH_DOSE_VERBS.search(_ENGLISH_TAKE_NO_DOSE.sub(" ", _word_line(fold(source))))))
               for source, _ in pairs]
    translated = [(bool(_negations(target, lang)), bool(compiled.dose_verbs.search(_word_line(_folded(target, data)))))
                  for _, target in pairs]
    return english == translated and len(set(english)) == len(english)


def _parts_of_the_day_held(source: str, english_line: str, target: str,
                           everywhere: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """The English sentence's morning, or afternoon, evening or night, that its translation must not turn round.

    None where the English tells the time by the clock (the numbers check holds clock times), where the
    translation names that part of the day in another sentence (sentences reordered or merged), or where the
    English's night is the small hours of a translation's 1 to 5 o'clock ("at night" written "a las 3 de la mañana").
    """
    said = _poles_in(english_line, _english_parts_of_the_day())
    if len(said) != 1 or _TOLD_BY_THE_CLOCK.search(source) or next(iter(said)) in everywhere:
        return {}
    night = next(iter(said.values())).startswith("night") and _SMALL_HOURS.search(_ascii_digits(target))
    return {} if night else said


_TOLD_BY_THE_CLOCK = re.compile(rf"{_ENGLISH_CLOCK.pattern}|\bo['’]clock\b", re.IGNORECASE)
# 1 to 5 o'clock told as a time ("a las 3", "alle 3", "στις 3", "ساعت ۳", "3 giờ", "3 ਵਜੇ", 3点), not "cada 2 mañanas"
_SMALL_HOURS = re.compile(r"(?:\b(?:a las|a la|alle|all|στις|lúc|saat)\s+|(?:ساعت|الساعة)\s*)0?[1-5](?![\d]|[.,]\d)"
                          r"|(?<![\d.,:])0?[1-5]\s*(?:h\b|giờ|ਵਜੇ|点|點|時)", re.IGNORECASE)


def _doses_moved_between_parts_of_the_day(english: str, translation: str, lang: str, *,
                                          by_verb: bool = True) -> Iterator[str]:
    """Doses moved from one part of the day to the other: "1 tablet in the morning and 2 at night" written "1
    comprimido por la noche y 2 por la mañana", "10 units before breakfast and 6 before dinner" with the 6 before
    breakfast; "Take it in the morning, so that you do not get up at night" written "Tómelo por la noche, para no
    levantarse por la noche". The English names both parts of the day, or the translation does, so the opposites
    above pass them.

    Both texts are cut into clauses (where :func:`_clauses` cuts them: commas, colons, semicolons, brackets, dashes,
    sentence ends; and at lexicon.CLAUSE_JOINS: "and", "y", "so that"). An amount of a dose (a number or number word
    that counts no time, age or other measure; half of a dose) that one clause only of each text gives with one part
    of the day must have the same part in both. So must the sentences that take a dose (lexicon.DOSE_VERBS; their
    clauses not negated, and what "instead of" sets aside left out), where all the English's name one part and all
    the translation's the other (``by_verb``: unless the opposites above have said so). A clause that is a part of
    the day and two words at most (no dose) gives its part to the clause before it in the sentence when that one
    gives an amount or takes a dose ("1 comprimido por la noche y por la mañana": the dose is both's), and to the
    next when that one names no part ("Por la mañana, tome 1 comprimido", "Morning: 1 tablet"). Not judged where
    the English tells the time by the clock.
    """
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.parts_of_the_day is None or compiled.clause_joins is None \
            or _TOLD_BY_THE_CLOCK.search(english) or not _english_parts_in(english):
        return
    source = _parts_given([_english_clause(clause, after, reason) for clause, after, reason
                           in _clauses_joined(english, _ENGLISH_CLAUSE_JOINS, _ENGLISH_REASONS, _ENGLISH_AND_OR)])
    placed = _amounts_placed(source)
    # amounts given with both parts ("2 in the morning and 1 at night, then 1 each morning": the 1s are no one's)
    by_amount = bool(placed) and {side for sides, clause in source if len(sides) == 1 and clause.amounts
                                  for side in sides} == {0, 1}
    source_sentences = _sentences_of(source)
    taken = _parts_taken(source_sentences) if by_verb else {}
    if not by_amount and len(taken) != 1:
        return
    target = _parts_given([_translation_clause(clause, after, reason, compiled, data, lang) for clause, after, reason
                           in _reasons_of(translation, compiled, data) or ()])
    names = lexicon.POLARITY_CONCEPTS["part_of_day"]
    moved = False
    if by_amount:
        placed_there = _amounts_placed(target)
        for amount, (side, word) in sorted(placed.items()):  # sets' order changes from run to run
            if amount in placed_there and placed_there[amount][0] != side:
                moved = True
                shown = "half a dose" if amount == "½" else f"“{amount}”"
                yield (f"the English gives {shown} with “{word}” ({names[side]}); the translation with "
                       f"“{_as_written(placed_there[amount][1], translation, lang)}” ({names[1 - side]}): "
                       "doses moved between the parts of the day?")
    if not moved and len(taken) == 1:
        side, word = next(iter(taken.items()))
        target_sentences = _sentences_of(target)
        # sentence for sentence where they are as many: the translation's dose sentences are the English's
        taking = [any(clause.verb for _, clause in sentence) for sentence in source_sentences] \
            if len(source_sentences) == len(target_sentences) else None
        taken_there = _parts_taken(target_sentences, taking)
        # and not where the translation names the English's part of the day, unnegated, anywhere
        if set(taken_there) == {1 - side} and side not in _parts_said(target):
            yield (f"the English takes the dose with “{word}” ({names[side]}); the translation with "
                   f"“{_as_written(taken_there[1 - side], translation, lang)}” ({names[1 - side]}): "
                   "the dose moved to the other part of the day?")


class _TimedClause(NamedTuple):
    """A clause's parts of the day (side -> the word saying it) and the amounts of a dose it gives."""

    parts: dict[int, str]
    amounts: set[str]
    bare: bool  # a part of the day and two words at most, no amount nor dose: "y por la mañana", "in the evening"
    after: str  # the break after it: "," or ":", a sentence end, "" after a joining word
    verb: bool  # a verb of taking a dose (lexicon.DOSE_VERBS: "take", "tome", 服用)
    negated: bool
    reason: bool  # gives a reason or a purpose (lexicon.REASONS: "as it may keep you awake at night"): not when
    removes: bool  # takes off what was applied, and takes no dose (lexicon.REMOVAL_VERBS): not when


def _clauses_joined(text: str, joins: re.Pattern[str], reasons: re.Pattern[str] | None, and_or: frozenset[str],
                    keep_marks: bool = False) -> list[tuple[str, str, bool]]:
    """The clauses of a text, each with the break after it and whether it gives a reason: between commas, colons,
    semicolons and sentence ends (:func:`_clauses`), and joining words (the break after is ""). A clause gives a
    reason or a purpose where it begins with a word of lexicon.REASONS (its joining word included), or where "and" or
    "or" (``and_or``) joins it to one that does."""
    found = []
    for clause, after in _clauses(text):
        pieces, start, opener = [], 0, ""
        for join in joins.finditer(clause):
            pieces.append((clause[start:join.start()], opener))
            start, opener = join.end(), join.group()
        pieces.append((clause[start:], opener))
        pieces = [(piece, opener) for piece, opener in pieces if piece.strip()]
        reason = False
        for index, (piece, opener) in enumerate(pieces):
            said = reasons is not None and reasons.match(fold(f"{opener} {piece.strip()}".strip(), keep_marks)) is not None
            reason = said or (reason and fold(opener.strip(), keep_marks) in and_or)
            found.append((piece, "" if index < len(pieces) - 1 else after, reason))
    return found


def _parts_given(clauses: list[_TimedClause]) -> list[tuple[dict[int, str], _TimedClause]]:
    """Each clause with its parts of the day and those a bare clause beside it gives it (see
    :func:`_doses_moved_between_parts_of_the_day`)."""
    parts = [dict(clause.parts) for clause in clauses]
    for index, clause in enumerate(clauses):
        if not clause.bare:
            continue
        before = clauses[index - 1] if index > 0 else None
        if before is not None and (before.amounts or before.verb) and before.after not in _SENTENCE_ENDS \
                and before.after != ":":
            parts[index - 1].update(clause.parts)
        if index + 1 < len(clauses) and not clauses[index + 1].parts and clause.after not in _SENTENCE_ENDS:
            parts[index + 1].update(clause.parts)
    return list(zip(parts, clauses, strict=True))


def _amounts_placed(clauses: list[tuple[dict[int, str], _TimedClause]]) -> dict[str, tuple[int, str]]:
    """Amount -> the part of the day (side, word) of the one clause that gives it with one part of the day."""
    placed = [(next(iter(sides.items())), clause.amounts) for sides, clause in clauses if len(sides) == 1]
    seen = Counter(amount for _, amounts in placed for amount in amounts)
    return {amount: part for part, amounts in placed for amount in amounts if seen[amount] == 1}


# A semicolon ends a sentence here: "Take the laxative at bedtime; it works the next morning" takes it at bedtime only
_SEMICOLONS = frozenset(";；؛·\u0387")


def _sentences_of(clauses: list[tuple[dict[int, str], _TimedClause]]) -> list[list[tuple[dict[int, str], _TimedClause]]]:
    """The clauses in sentences, for what a verb of taking covers: a semicolon ends one here (:data:`_SEMICOLONS`)."""
    sentences: list[list[tuple[dict[int, str], _TimedClause]]] = [[]]
    for index, (sides, clause) in enumerate(clauses):
        sentences[-1].append((sides, clause))
        if (clause.after in _SENTENCE_ENDS or clause.after in _SEMICOLONS) and index < len(clauses) - 1:
            sentences.append([])
    return sentences


def _parts_taken(sentences: list[list[tuple[dict[int, str], _TimedClause]]],
                 taking: list[bool] | None = None) -> dict[int, str]:
    """The parts of the day (side -> word) when a dose is taken: those of the clauses not negated of each sentence
    that has a verb of taking one (or, given ``taking``, of each sentence it marks). The whole sentence: a verb at its
    end ("Sabah 1 tablet, akşam 2 tablet alın") takes the doses of every clause."""
    taken: dict[int, str] = {}
    for index, sentence in enumerate(sentences):
        if taking[index] if taking is not None else any(clause.verb for _, clause in sentence):
            said = [(parts, clause) for parts, clause in sentence if not clause.negated and not clause.removes]
            # not a reason's, unless nothing else says when and it takes a dose itself ("Do not take it at night,
            # because it should be taken in the morning")
            plain = [(parts, clause) for parts, clause in said if not clause.reason]
            if not any(parts for parts, _ in plain):
                plain = [(parts, clause) for parts, clause in said if not clause.reason or clause.verb]
            for parts, _ in plain:
                for side, word in parts.items():
                    taken.setdefault(side, word)
    return taken


def _parts_said(clauses: list[tuple[dict[int, str], _TimedClause]]) -> set[int]:
    """The parts of the day the clauses not negated name, but for reasons and what takes off what was applied."""
    return {side for sides, clause in clauses if not (clause.negated or clause.reason or clause.removes) for side in sides}


def _english_clause(clause: str, after: str, reason: bool) -> _TimedClause:
    line = _word_line(fold(clause))
    instead = _ENGLISH_INSTEAD_OF.search(clause)  # "in the morning rather than at night": the morning's
    parts = _english_parts_in(clause[:instead.start()] if instead else clause)
    not_doses = {number for number, unit in english_counts(clause) if unit not in _DOSE_UNITS}
    not_doses |= _not_dose_numbers(clause, not_doses, "en")
    spelled = _english_number_words(_ENGLISH_LENGTH_IN_WORDS.sub(" ", clause))
    if not _ENGLISH_ONE_DOSE.search(clause):
        spelled.discard("1")  # "the yellow one", "one of them"
    amounts = (numbers_in(clause) | spelled) - not_doses
    if _ENGLISH_HALF_A_DOSE.search(clause):
        amounts.add("½")
    negated = bool(_ENGLISH_NEGATION.search(clause))
    verb, removes = _takes_or_takes_off(line, _ENGLISH_DOSE_VERBS, _ENGLISH_REMOVAL_VERBS,
                                        taking=_ENGLISH_TAKE_NO_DOSE.sub(" ", line))
    bare = bool(parts) and not amounts and not negated and not reason and not removes \
        and " one " not in line and len(_english_parts_of_the_day().sub(" ", line).split()) <= 2 \
        and not re.search(rf"\b{_ENGLISH_DOSE_NOUN}\b", clause, re.IGNORECASE)
    return _TimedClause(parts, amounts, bare, after, verb, negated, reason, removes)


def _translation_clause(clause: str, after: str, reason: bool, compiled: _Compiled, data: LanguageData,
                        lang: str) -> _TimedClause:
    folded = _folded(clause, data)
    line = _word_line(folded)
    assert compiled.parts_of_the_day is not None
    instead = compiled.instead_of.search(clause) if compiled.instead_of is not None else None  # lexicon.INSTEAD_OF
    said = _word_line(_folded(clause[:instead.start()], data)) if instead else line
    parts = {side: word for (_, side), word in _poles_in(said, compiled.parts_of_the_day).items()}
    if compiled.shorthand_parts is not None:  # "早2片", "Sáng uống 2 viên": in a clause of its own only
        for (_, side), word in _poles_in(said, compiled.shorthand_parts).items():
            parts.setdefault(side, word)
    counts = _counts_in_clause(clause, lang)
    not_doses = {count.number for count in counts if count.unit not in _DOSE_UNITS}
    not_doses |= _not_dose_numbers(clause, not_doses, lang)
    amounts = {count.number for count in counts if count.unit in _DOSE_UNITS} | numbers_in(clause, lang)
    amounts |= {_cjk_value(numeral) for numeral in _CJK_DOSE_NUMERAL.findall(clause)}  # 一片 (not 一杯水, 一起)
    amounts |= {value for word, value in compiled.number_values.items() if f" {word} " in line}
    amounts -= not_doses
    if compiled.half_a_dose is not None \
            and compiled.half_a_dose.search(_without_halves_of_time(folded, compiled.half_of_time, data)):
        amounts.add("½")
    # "como máximo", 最多 (at most) are negations to the negation check, none here (lexicon.WHEN_NOT_NEGATED too)
    kept = clause[:instead.start()] + clause[instead.end():] if instead else clause  # 而不是 negates nothing
    negated = any(word not in compiled.at_most for word in _negations(kept, lang)) \
        and not (compiled.when_not_negated is not None and compiled.when_not_negated.search(clause))
    other_words = compiled.parts_of_the_day.sub(" ", line)
    verb, removes = _takes_or_takes_off(line, compiled.dose_verbs, compiled.removal_verbs)
    bare = bool(parts) and not amounts and not negated and not reason and not removes \
        and not (compiled.one is not None and compiled.one.search(line)) \
        and len(other_words.split() if data.spaced else other_words.strip()) <= 2 \
        and not any(noun is not None and noun.search(line) for noun in compiled.dose_nouns.values())
    return _TimedClause(parts, amounts, bare, after, verb, negated, reason, removes)


def _takes_or_takes_off(line: str, dose_verbs: re.Pattern[str] | None, removal_verbs: re.Pattern[str] | None,
                        taking: str | None = None) -> tuple[bool, bool]:
    """Does a clause's word line take a dose (lexicon.DOSE_VERBS), and else take off what was applied
    (lexicon.REMOVAL_VERBS)? A verb of taking off holds none of taking: "take the patch off", Punjabi ਧੋ ਦਿਓ ("wash
    off") holds ਦਿਓ ("give"). ``taking``: the line a verb of taking is looked for in, when not ``line`` (the English
    sets "take care" aside)."""
    taking = line if taking is None else taking
    verb = dose_verbs is not None \
        and bool(dose_verbs.search(removal_verbs.sub(" ", taking) if removal_verbs is not None else taking))
    return verb, not verb and removal_verbs is not None and bool(removal_verbs.search(line))


def _not_dose_numbers(clause: str, not_doses: set[str], lang: str) -> set[str]:
    """The numbers of a clause that count no dose, beyond those a unit says: a range's first number whose last
    counts none ("8 to 12 hours"), and a type ("type 2 diabetes", 2型糖尿病)."""
    found = {number_value(match[1], lang) for match in _RANGE_OF_NUMBERS.finditer(clause)
             if number_value(match[2], lang) in not_doses}
    return found | {number_value(match[1] or match[2], lang) for match in _TYPE_NUMBER.finditer(clause)}


_ENGLISH_DOSE_VERBS = re.compile(_at_word_start(_alternation(lexicon.DOSE_VERBS["en"], None), None))
_ENGLISH_REMOVAL_VERBS = re.compile(_at_word_start(_alternation(lexicon.REMOVAL_VERBS["en"], None), None))
# "take care", "take a walk", "use the toilet": no dose taken (over a folded word line)
_ENGLISH_TAKE_NO_DOSE = re.compile(r"(?<= )(?:take|takes|taking|taken) (?:care|place|time|part|note|notice|a (?:walk|bath"
                                   r"|shower|break|rest|nap|look)|it easy)(?= )|(?<= )(?:use|using) (?:the )?(?:toilet|bathroom)(?= )")
# "rather than at night", "instead of in the evening": the part of the day after it is not when
_ENGLISH_INSTEAD_OF = re.compile(r"\b(?:rather than|instead of|in place of)\b", re.IGNORECASE)
_CJK_DOSE_NUMERAL = re.compile(f"({_CJK_NUMERAL.pattern})(?=[{lexicon.ZH_DOSE_MEASURES}])")
# The units that measure or count a dose; a number of any other ("7 days", "over 6 years", "38 °C") is none
_DOSE_UNITS = frozenset({"mcg", "mg", "g", "mL", "L", "IU", "tablet", "dose", "unit", "drop", "injection", "sachet", "puff", "mg/kg",
                         "mcg/kg", "patch", "suppository", "spoonful", "ampoule"})
_RANGE_OF_NUMBERS = re.compile(
    r"(?<![\d.,])(\d+(?:[.,٫]\d+)?)\s*(?:-|–|—|~|to|or|a|al|hasta|o|e|έως|ως|ή|ila|veya|đến|tới|hoặc|تا|یا|إلى|الى"
    r"|أو|ਤੋਂ|ਜਾਂ|至|到|或)\s*(\d+(?:[.,٫]\d+)?)", re.IGNORECASE)
_TYPE_NUMBER = re.compile(r"\b(?:type|tipo|tip|τύπου|τύπος|τύπο|loại|نوع|النوع|ਟਾਈਪ)\s*(\d+)|(\d+)\s*型", re.IGNORECASE)
# A length in words ("seven days", "two weeks"), whose number is no dose; "one" before a dose ("one tablet"), which
# is a dose of one (not "the yellow one")
_ENGLISH_LENGTH_IN_WORDS = re.compile(r"\b[\w-]+[\s-](?:days?|weeks?|months?|years?|hours?|minutes?|nights?|times)\b",
                                      re.IGNORECASE)
_ENGLISH_ONE_DOSE = re.compile(rf"\bone(?: \w+)? {_ENGLISH_DOSE_NOUN}\b|\bone and a half\b", re.IGNORECASE)


def _english_parts_in(clause: str) -> dict[int, str]:
    return {side: word for (_, side), word in _poles_in(_word_line(fold(clause)), _english_parts_of_the_day()).items()}


def _instead_of_it(words: tuple[str, ...], data: LanguageData) -> re.Pattern[str] | None:
    """lexicon.INSTEAD_OF_IT's words, folded, as a regex for the word beside an "instead of" (:func:`_put_aside`)."""
    alternation = "|".join(re.escape(fold(word, data.keep_marks)) for word in words)
    return re.compile(rf"(?:{alternation})(?!\w)") if alternation else None


def _regex_of(patterns: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
    return re.compile("|".join(patterns), flags) if patterns else None


def _reasons_regex(reasons: tuple[str, ...], keep_marks: bool) -> re.Pattern[str] | None:
    """lexicon.REASONS's words as one regex over folded text, matched where a clause begins (:meth:`re.Pattern.match`).

    The patterns are folded as a text is (no escape of theirs is a capital: ``\\b``, ``\\w``), so "زيرا" typed
    with an Arabic ي and "γιατί" without its accent are read.
    """
    return re.compile(f"(?:{'|'.join(fold(reason, keep_marks) for reason in reasons)})") if reasons else None


def _either_yeh(text: str) -> str:
    """``text`` (a pattern) with Persian ی and ک matched as the Arabic ي and ك that Persian is often typed with."""
    return text.replace("ی", "[یي]").replace("ک", "[کك]")


def _joins_regex(joins: Iterable[str]) -> re.Pattern[str] | None:
    """lexicon.CLAUSE_JOINS's words as one regex over the text as written: whole words, "re:" patterns as they are."""
    # not inside a word, combining marks included: ਉੱਪਰ (over) holds no ਪਰ (but), ثمَن (price) no ثم (then)
    letter = _word_char()
    patterns = [join[3:] if join.startswith("re:") else rf"(?<!\w)(?<!{letter}){_either_yeh(re.escape(join))}(?!\w)(?!{letter})"
                for join in joins]
    return re.compile("|".join(patterns), re.IGNORECASE) if patterns else None


def _english_joins() -> re.Pattern[str]:
    joins = _joins_regex(lexicon.CLAUSE_JOINS["en"])
    assert joins is not None
    return joins


_ENGLISH_CLAUSE_JOINS = _english_joins()
_ENGLISH_REASONS = _reasons_regex(lexicon.REASONS["en"], False)
_ENGLISH_AND_OR = frozenset(lexicon.AND_OR["en"])


def counts(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Counts: each number stays with what it counts (4 tablets in 24 hours is not 24 tablets in 4 hours).

    And no double is said where the English says no two ("una dosis doble" for "one tablet").
    """
    yield from _double_added(english, translation, lang)
    yield from _turned_in_words(english, translation, lang)
    source = english_counts(english)
    if not source:
        return
    units_of: dict[str, set[str]] = {}
    for number, unit in source:
        units_of.setdefault(number, set()).add(unit)
    counted = {unit for _, unit in source}
    # and the dose of a dose per weight or volume: "0.5 mg/kg" written "0,5 mg" is a whole dose
    counted |= {unit.split("/")[0] for unit in counted if "/" in unit}
    spelled = english.lower()
    how_often = _english_times(english)
    translated = dict.fromkeys(translation_counts(translation, lang))
    for number, unit in translated:
        expected = units_of.get(number)
        if not expected or unit in expected:
            continue
        if _measure_said_in_words(translation, lang, {e for e in expected if e.partition("/")[0] == unit}, number):
            continue  # "2 mg por kg de peso", "每公斤5微克" for "2 mg/kg", "5 mcg/kg"
        # or another unit of the kind of this number's English unit, which the English does not spell
        # out anywhere: "38°C" written "38 °F", "5 mL" written "5 L" (not where it says "1 litre")
        swapped = any(unit in kind and expected & kind for kind in _SAME_KIND) and not any(
            word in spelled for word in _UNITS_SPELLED.get(unit, ()))
        turned = _how_often_turned(number, unit, expected, english, translated, how_often)
        if unit in counted or swapped or turned:
            names = ", ".join(sorted(_unit_label(u) for u in expected))
            yield (f"“{number}” counts {_unit_label(unit)} in the translation; "
                   f"in the English {number} counts {names}")


def _turned_in_words(english: str, translation: str, lang: str) -> Iterator[str]:
    """:func:`_how_often_turned` where either side counts in words: "for five days" written "5 veces al día" or
    "cinco veces al día", "three times a day" written "durante tres días" (digits on both sides are :func:`counts`'s
    own). Not a number the English also says how often or as long, nor once, nor a dose said as times."""
    english_in_words = _pairs(_english_counts_in_words(english))
    # and what it implies: "every other day" is every 2 days
    said = set(english_counts(english)) | english_in_words | _english_implied_counts(english)
    lengths = {number for number, unit in said if unit in _DURATIONS}
    times = {number for number, unit in said if unit == "time"} | _english_times(english)
    # "morning and evening" is twice a day: "dos veces al día, por la mañana y por la noche"
    if (parts := len(set(_ENGLISH_PARTS_OF_THE_DAY.findall(english.lower())))) > 1:
        times.add(str(parts))
    as_times = {number for number, unit in said if unit in _LIKE_TIMES}
    in_words = {(count.number, count.unit) for count in _counted_in_words(translation, lang)}
    for number, unit in dict.fromkeys([*in_words, *translation_counts(translation, lang)]):
        if (number, unit) in said or number == "1":
            continue
        if unit == "time" and number not in times | as_times:
            turned_from = {(number, length) for length in _DURATIONS} & said
        elif unit in _DURATIONS and number not in lengths:
            turned_from = {(number, "time")} & said
        else:
            continue
        if turned_from and ((number, unit) in in_words or turned_from & english_in_words):
            names = ", ".join(sorted(_unit_label(u) for _, u in turned_from))
            yield f"“{number}” counts {_unit_label(unit)} in the translation; in the English {number} counts {names}"


def _measure_said_in_words(translation: str, lang: str, rates: set[str], number: str) -> bool:
    """Does the translation name what one of the English's doses per measure is per ("mg/kg": kilograms) in the
    clause of ``number``, so that the number before the dose's own unit is that dose said in words ("2 mg por kg
    de peso", 每公斤5微克)? Not a weight elsewhere ("Administre 2 mg. Niños de más de 40 kg: 80 mg" is a whole dose)."""
    data = language_data(lang)
    per = {rate.partition("/")[2] for rate in rates} - {""}
    if data is None or not per:
        return False
    forms = _unit_forms(data)
    for copy in _copies_of(number, translation):
        clause = _CLAUSE_BREAK.split(translation[:copy.start()])[-1] + _CLAUSE_BREAK.split(translation[copy.start():])[0]
        folded = _without_unit_lookalikes(_folded(clause, data), data)
        if any(_names_unit(unit, folded, lang, data, forms) for unit in per):
            return True
    return False


def _how_often_turned(number: str, unit: str, expected: set[str], english: str, translated: Iterable[tuple[str, str]],
                      how_often: set[str]) -> bool:
    """A course's length or a day's total become how often a dose is taken, or how often become a length (counts).

    "for 5 days" written "5 veces al día"; "4 times a day" written "durante 4 días"; "3 tablets a day" written "3
    comprimidos 3 veces al día" (the number counting the tablets too, where the English spreads no dose over the
    day: "2 tablets in the morning and 2 in the evening" is "2 comprimidos 2 veces al día"). Not once ("1 vez al
    día" is "a day"), nor where the English counts doses, injections or puffs ("4 doses" is "4 veces").
    """
    if unit in _DURATIONS:
        return "time" in expected
    if unit != "time" or number == "1" or number in how_often or expected & _LIKE_TIMES:
        return False
    if expected & _DURATIONS:
        return True
    return any((number, counted) in translated for counted in expected) and not _ENGLISH_SPREAD.search(english)


_LIKE_TIMES = frozenset({"dose", "injection", "puff", "spray", "infusion", "application"})
_PARTS_OF_THE_DAY = r"morning|afternoon|evening|night|bedtime|breakfast|lunch|dinner|supper"
_ENGLISH_PARTS_OF_THE_DAY = re.compile(rf"\b({_PARTS_OF_THE_DAY})\b")
# a dose spread over the day: its parts, its meals, "each", "every", its doses
_ENGLISH_SPREAD = re.compile(rf"\b(?:{_PARTS_OF_THE_DAY}|meals?|each|every|doses?)\b",
                             re.IGNORECASE)  # "in 3 divided doses" is "分3次"


def _english_times(english: str) -> set[str]:
    """How many times the English says something is done, in digits, in words ("twice", "three times") or as "every
    N hours" a day (every 8 hours: 3)."""
    return ({number for number, unit in english_counts(english) if unit == "time"}
            | {number for number, _ in _english_counts_in_words(english).get("time", [])} | _times_a_day(english))


def _double_added(english: str, translation: str, lang: str) -> Iterator[str]:
    """A double (lexicon.DOUBLE) where the English says no two: "Take one tablet at night" written "Tome una dosis
    doble por la noche", "take a double dose next time" for "take it as soon as you remember"."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or compiled.double is None or data is None or _ENGLISH_TWO.search(english):
        return
    for clause in _CLAUSE_BREAK.split(translation)[::2]:  # without the breaks between
        line = _line_of(_folded(clause, data), data)
        for found in compiled.double.finditer(line):
            # only beside a dose, in its clause ("una dosis doble", "Duplique la cantidad de comprimidos", 服用双倍剂量):
            # not "加倍小心" (take extra care), "çift taraflı" (both sides), "doble cuidado al conducir, ya que los
            # comprimidos"
            if data.spaced:
                beside = " ".join([*line[:found.start()].split()[-4:], found.group(), *line[found.end():].split()[:4]])
            else:
                beside = line[max(0, found.start() - 6):found.end() + 6]
            beside = _word_line(beside)
            # the word right next to it (two syllables in Vietnamese: "cẩn thận gấp đôi")
            reach = 2 if lang == "vi" else 1
            next_to = _word_line(" ".join([*line[:found.start()].split()[-reach:], *line[found.end():].split()[:reach]])
                                 if data.spaced else line[max(0, found.start() - 2):found.end() + 2])
            if compiled.double_care is not None and compiled.double_care.search(next_to):
                continue  # "doble cuidado", 加倍小心, "cẩn thận gấp đôi", "bir çift eldiven": care, no dose
            if any(noun is not None and noun.search(beside) for noun in compiled.dose_nouns.values()) or (
                    compiled.dose_verbs is not None and compiled.dose_verbs.search(beside) is not None):
                yield f"“{_as_written(found.group().strip(), translation, lang)}” says a double; the English says no two"
                return


# What says two in English, a double and a second too ("every second day"): a translation may say it as a double.
_ENGLISH_TWO = re.compile(r"\b(?:2|two|twice|double\w*|both|second|pairs?|twins?|duplicat\w*)\b", re.IGNORECASE)


_SAME_KIND = (frozenset({"°C", "°F"}), frozenset({"mcg", "mg", "g", "kg", "lb"}), frozenset({"mL", "L"}),
              frozenset({"mm", "cm", "m", "km"}))
# Units the English may spell out in words, which the counts do not pair ("1 litre of water").
_UNITS_SPELLED = {"°C": ("celsius", "centigrade"), "°F": ("fahrenheit",), "mcg": ("microgram",),
                  "mg": ("milligram",), "g": ("gram",), "kg": ("kilogram", "kilo"), "lb": ("pound",), "mL": ("millilit",),
                  "L": ("litre", "liter"), "mm": ("millimet",), "cm": ("centimet",), "m": ("metre", "meter"),
                  "km": ("kilomet",)}


def _unit_label(name: str) -> str:
    unit = units.BY_NAME.get(name)
    if unit is None:  # a noun the English counts (lexicon.ENGLISH_COUNTED): "sachets", "injections", "patches"
        return lexicon.COUNTED_PLURALS.get(name, f"{name}s") if name in lexicon.ENGLISH_COUNTED else name
    return unit.label


def drugs(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Drugs: no medicine named in the translation that the English does not name.

    A drug is known by any of its glossary forms, in any language; a word shaped
    like a drug name (the INN stems: -caine, -olone, -azolam, -profen ...) that
    is no form of a drug the English names counts too.
    """
    data = language_data(lang)
    named = {term.english for term in glossary.in_text(english) if term.drug} if glossary else set()
    found = drugs_named(translation, lang, glossary) if glossary else {}
    alone: set[str] = set(found)
    glued_names: list[_GluedDrug] = []
    if glossary and data is not None and not data.spaced:
        alone, glued_names = _drugs_alone_and_glued(translation, data, glossary)
    for drug, word in found.items():
        if drug not in named and drug in alone:
            yield f"“{word}” names {drug}, which the English does not"
    if glossary and len(named) > 1 and data is not None:
        yield from _replaced_drug_turned(english, translation, lang, glossary, data)
        yield from _drugs_moved_between_sentences(english, translation, lang, glossary)
    latin_words = [word.lower() for word in re.findall(r"[A-Za-z]{5,}", english)]
    for glued in dict.fromkeys(glued_names):
        if any(glued.said_by(word) for word in latin_words):
            continue  # the English names that very relative: "hydromorphone" for 氢吗啡酮
        if glued.drug in named:
            yield f"“{glued.word}” holds the name of {glued.drug} but names another drug"
        else:
            yield f"“{glued.word}” names a drug the English does not (one holding the name of {glued.drug})"
    compiled = _compiled(lang)
    if compiled is None or compiled.drug_shapes is None or data is None:
        return
    if glossary and any(not term.forms(lang) for term in glossary.in_text(english) if term.drug):
        return  # a drug of the English without a form here (lint says so): its name cannot be told apart
    folded = _folded(translation, data)
    for name in sorted(found.values(), key=len, reverse=True):
        folded = folded.replace(name, " ")  # the drugs just matched are known, whatever their ending
    english_words = {_drug_spelling(fold(w)) for w in re.findall(r"[^\W\d_]{5,}", english)}
    shaped = [m.group() for m in compiled.drug_shapes.finditer(_line_of(folded, data))]
    for word in dict.fromkeys(shaped):
        spelled = _drug_spelling(word)
        if data.script == "LATIN" and (_begins_as_one_of(spelled, english_words) or lang == "es" and spelled.startswith(
                "e") and _begins_as_one_of(spelled[1:], english_words)):
            continue  # the English names it too (a drug the glossary lacks: lint says so); Spanish "estatina", "statin"
        yield f"“{word}” looks like a drug name, and the English names no such drug"


def _drug_spelling(word: str) -> str:
    """A folded Latin-script drug name as the languages' spellings of it agree: "hydroxyzine", "hidroxizina",
    "idrossizina", "hidroksizin" all "idrosisin...". Its first letters tell one drug from its look-alike
    (hidralazina: "idral")."""
    for written, said in _DRUG_SPELLINGS:
        word = word.replace(written, said)
    return re.sub(r"(.)\1", r"\1", word)


def _begins_as_one_of(spelled: str, english_words: set[str]) -> bool:
    """Does a drug name (:func:`_drug_spelling`) begin as one of the English's words: their first seven letters
    where both have as many (hidroxizina is no hydroxyurea), else five?"""
    return any(spelled[:size] == word[:size] for word in english_words
               for size in [7 if min(len(spelled), len(word)) >= 7 else 5])


# In order: "ph" before the "h" is dropped, "ks" and "x" before "z" and "ss", "k" before a "c" of "ce", "ci" (Turkish
# simetidin, siprofloksasin for cimetidine, ciprofloxacin)
_DRUG_SPELLINGS = (("ph", "f"), ("th", "t"), ("ch", "c"), ("rh", "r"), ("h", ""), ("y", "i"), ("ks", "s"),
                   ("cs", "s"), ("x", "s"), ("z", "s"), ("k", "c"), ("qu", "c"), ("ce", "se"), ("ci", "si"))


def _drugs_moved_between_sentences(english: str, translation: str, lang: str, glossary: Glossary) -> Iterator[str]:
    """A drug the English names in one sentence that the translation names only in another, where both have as
    many sentences: "Do not take ibuprofen. You can take paracetamol." with the two drugs swapped names both, so the
    drugs check alone passed it, while the one forbidden is now the one allowed."""
    pairs = aligned(english, translation, lang)
    if len(pairs) < 2:
        return
    said = [{term.english for term in glossary.in_text(source) if term.drug} for source, _ in pairs]
    found = [set(drugs_named(target, lang, glossary)) for _, target in pairs]
    for index, (english_drugs, translated) in enumerate(zip(said, found, strict=True)):
        for drug in sorted(english_drugs - translated):
            elsewhere = [other for other, drugs in enumerate(found)
                         if other != index and drug in drugs and drug not in said[other]]
            if elsewhere:
                yield (f"{_where(index, pairs)}the English names {drug} here; the translation names it in sentence "
                       f"{elsewhere[0] + 1} instead")


def _replaced_drug_turned(english: str, translation: str, lang: str, glossary: Glossary,
                          data: LanguageData) -> Iterator[str]:
    """The drug to take instead of another, turned round: "Tome ibuprofeno en lugar de paracetamol" for "Take
    paracetamol instead of ibuprofen" (both drugs named, so the drugs check alone passed it).

    Where each text says "instead of" once (the English "instead of", "rather than" or "in place of"; the
    translation's lexicon.INSTEAD_OF, "en lugar de", 而不是, 代替, "بدلاً من", before what it puts aside, or
    lexicon.INSTEAD_OF_BEFORE, Turkish "yerine", Punjabi "ਦੀ ਬਜਾਏ", after it), it fails when the translation puts
    aside a drug the English takes and takes one the English puts aside. See :func:`_insteads` for how each side
    is read.
    """
    compiled = _compiled(lang)
    if compiled is None:
        return
    said = _insteads(english, ((_ENGLISH_INSTEAD_OF, True),), _ENGLISH_INSTEAD_OF_IT, glossary, None)
    written = _insteads(translation, ((compiled.instead_of, True), (compiled.instead_of_before, False)),
                        compiled.instead_of_it, glossary, data)
    if len(said) != 1 or len(written) != 1 or not said[0].put_aside or not written[0].put_aside:
        return
    put_aside = set(said[0].put_aside)
    other = next((drug for drug in written[0].put_aside if drug in said[0].taken and drug not in put_aside), None)
    taken = sorted(written[0].taken & put_aside)
    if other is not None and taken:
        yield (f"the English takes {other} {said[0].words.lower()} {said[0].put_aside[0]}; the translation puts {other} aside "
               f"(“{written[0].words.strip()}”) and takes {taken[0]}: the two drugs turned round?")


class _Instead(NamedTuple):
    """One "instead of" of a text: its words, the glossary drugs (English names) it puts aside, nearest first, and
    those the text takes instead."""

    words: str
    put_aside: tuple[str, ...]
    taken: frozenset[str]


def _insteads(text: str, patterns: Iterable[tuple[re.Pattern[str] | None, bool]], refers_back: re.Pattern[str] | None,
              glossary: Glossary, data: LanguageData | None) -> list[_Instead]:
    """Each "instead of" of a text (as written), by patterns that say whether what they put aside comes after them.

    What is put aside is the drug right beside the word (:func:`_right_beside`) in its clause, with the drugs listed
    after it ("rather than ibuprofen or codeine"); nothing where a word for "it" stands there (``refers_back``,
    lexicon.INSTEAD_OF_IT: "به جای آن", "bunun yerine"). What is taken is named on the clause's other side, or
    past the list where the word opens the clause ("En lugar de paracetamol tome ibuprofeno"), or else in the
    clauses beside ("به جای پاراستامول، ایبوپروفن مصرف کنید", "請服用布洛芬，而不是乙醯胺酚").
    """
    clauses = _CLAUSE_BREAK.split(text)[::2]
    found = []
    for index, clause in enumerate(clauses):
        for pattern, after in patterns:
            for match in pattern.finditer(clause) if pattern is not None else ():
                aside = _folded(clause[match.end():] if after else clause[:match.start()], data)
                other = _folded(clause[:match.start()] if after else clause[match.end():], data)
                listed, rest = _put_aside(aside, after, refers_back, glossary, data)
                taking = _glossary_drugs(other, glossary, data) + _glossary_drugs(rest, glossary, data)
                if not taking:
                    beside = " ".join(clauses[max(index - 1, 0):index] + clauses[index + 1:index + 2])
                    taking = _glossary_drugs(_folded(beside, data), glossary, data)
                found.append(_Instead(match.group(), listed, frozenset(taking)))
    return found


def _put_aside(aside: str, after: bool, refers_back: re.Pattern[str] | None, glossary: Glossary,
               data: LanguageData | None) -> tuple[tuple[str, ...], str]:
    """The drugs an "instead of" puts aside (``aside``: the folded side of its clause, after or before it), nearest
    first, and the rest of that side, past them."""
    regex, names = _drug_regex(glossary, data)
    drugs = [] if regex is None else list(regex.finditer(aside))
    if not after:
        drugs.reverse()
    near = aside.lstrip() if after else (aside.split() or [""])[-1]
    if not drugs or (refers_back is not None and (refers_back.match(near) if after else refers_back.fullmatch(near))):
        return (), aside
    if not _right_beside(aside[:drugs[0].start()] if after else aside[drugs[0].end():], after, data):
        return (), aside
    listed = [drugs[0]]
    for drug in drugs[1:]:  # "ibuprofen or codeine", "codeína o ibuprofeno", 布洛芬或可待因
        between = aside[listed[-1].end():drug.start()] if after else aside[drug.end():listed[-1].start()]
        if not set(_words(between)) <= _LIST_JOINERS or len(_words(between)) > 1:
            break
        listed.append(drug)
    rest = aside[listed[-1].end():] if after else aside[:listed[-1].start()]
    return tuple(names[drug.group()].english for drug in listed), rest


def _right_beside(between: str, after: bool, data: LanguageData | None) -> bool:
    """Is what stands between an "instead of" and a drug (folded) little enough for the drug to be the one it puts
    aside? After it, a dose and two words at most ("en lugar de tomar el ibuprofeno"; a prefix glued to the drug,
    the Arabic article, is none) or in unspaced writing a verb of taking only (而不是服用布洛芬); before it, a suffix
    of the drug or a verb of taking ("ibuprofenin yerine", "ibuprofen almak yerine", "ਆਈਬਿਊਪ੍ਰੋਫੇਨ ਲੈਣ ਦੀ ਬਜਾਏ").
    "parasetamolü gece yerine" (at night instead of) and 而不是饭前服用对乙酰氨基酚 (instead of before meals) put
    aside no drug."""
    between = _DOSE_BETWEEN.sub(" ", between)
    if data is not None and not data.spaced:
        return _CJK_TAKING.fullmatch(between.replace(" ", "")) is not None
    if not after:
        return _TAKING_BEFORE_INSTEAD.fullmatch(between) is not None
    words = _words(between)
    if between and not between[-1].isspace():
        words = words[:-1]  # glued to the drug: the Arabic article of "الإيبوبروفين"
    return len(words) <= 2


# A dose between an "instead of" and its drug ("en lugar de 400 mg de ibuprofeno", 而非500毫克): no word of its own
_DOSE_BETWEEN = re.compile(r"[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,]*\s*(?:(?:mg|ml|mcg|g)(?![^\W\d_])|毫克|微克|毫升|克|ملغ|میلی‌گرم"
                           r"|میلی گرم)?")
# The words that join the drugs of a list ("ibuprofen or codeine"), folded; Chinese ones stand alone as words
_LIST_JOINERS = frozenset({"or", "and", "nor", "o", "u", "y", "e", "ed", "oppure", "η", "και", "và", "hoặc", "hay", "veya",
                           "ve", "ya", "او", "أو", "و", "یا", "ਜਾਂ", "ਅਤੇ", "或", "和", "及", "或者", "与", "與"})
_CJK_TAKING = re.compile(r"(?:服用|口服|送服|使用|改用|改服|服|用|吃)?")  # 而不是服用布洛芬
# A drug's suffix, and a verb of taking, between it and an "instead of" after it: "parasetamolü almak yerine"
_TAKING_BEFORE_INSTEAD = re.compile(r"\S*(?:\s+(?:[^\W\d_]+m[ae]k|ਲੈਣ|ਵਰਤਣ|ਖਾਣ))?\s*")


def _glossary_drugs(folded: str, glossary: Glossary, data: LanguageData | None) -> list[str]:
    """The glossary drugs a folded text names, in order (English names)."""
    return [drug for drug, _ in _drug_matches(folded, glossary, data)]


# "Instead of it": what an "instead of" puts aside is said before it ("instead of that, take paracetamol")
_ENGLISH_INSTEAD_OF_IT = re.compile(r"(?:it|this|that|them|these|those)(?!\w)")


# An "only" that restricts an instruction: "Only take an extra dose if ...", "use it only when", "only if"
_ENGLISH_ONLY = re.compile(r"(?<!if you )(?<!when you )(?<!if they )\bonly (?:take|use|give|apply|have|drink|eat|inject"
                           r"|start|if|when|after)\b", re.IGNORECASE)  # not "If you only have mild pain"


def _only_dropped(english: str, translation: str, lang: str) -> Iterator[str]:
    """A sentence's "only" of an instruction that its translation leaves out, saying neither an "only" nor an exception
    (lexicon.EXCEPT, lexicon.ONLY): "Tome una dosis adicional si el dolor es intenso" for "Only take an extra dose if
    the pain is severe" makes the extra dose the rule. A translation that negates instead ("No tome una dosis
    adicional a menos que") says an exception."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None or compiled.exceptive is None:
        return
    pairs = aligned(english, translation, lang)
    for index, (source, target) in enumerate(pairs):
        only = _ENGLISH_ONLY.search(source)
        line = _line_of(_folded(target, data), data)
        if only is not None and not any(words is not None and words.search(line)
                                        for words in (compiled.exceptive, compiled.only, compiled.only_said)) \
                and not _negations(target, lang):  # "Non lo assuma a stomaco vuoto": the negation check reads it
            yield f"{_where(index, pairs)}the English says “{only.group()}”; the translation says no “only” nor an exception"


def completeness(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Completeness: no sentence or clause left out, no sentence added.

    Sentences are counted and measured against the language's usual length
    ratio. Fewer sentences and a short text, or more sentences and a long one,
    is an error; so is one aligned sentence far shorter than its English. A
    sentence merged or split at normal length passes. When the translation has
    more sentences, each is read beside the English sentences at its place in
    the text: one that instructs where they do not (an imperative or an
    obligation, a dose, a drug, a number with its unit that they lack) is an
    added instruction, whatever its length.
    """
    data = language_data(lang)
    if data is None:
        return
    yield from _only_dropped(english, translation, lang)
    source, target = sentences(english), sentences(translation, lang)
    if len(target) > len(source):
        yield from _added_instructions(source, target, lang, glossary)
    if len(_plain(english)) < 40:
        return  # short texts vary too much to measure
    ratio = len(_plain(translation)) / (len(_plain(english)) * data.length_ratio)
    if len(target) < len(source) and ratio < _SHORT:
        yield (f"{len(target)} sentences for {len(source)} in the English, and {ratio:.0%} of the expected "
               "length: a sentence left out?")
    elif len(target) > len(source) and ratio > _LONG:
        yield (f"{len(target)} sentences for {len(source)} in the English, and {ratio:.0%} of the expected "
               "length: a sentence added?")
    elif len(target) == len(source):
        for index, (one, other) in enumerate(zip(source, target, strict=True)):
            part = len(_plain(other)) / (len(_plain(one)) * data.length_ratio)
            if len(one) >= 40 and part < _CLAUSE_SHORT:
                yield (f"{_where(index, list(zip(source, target, strict=True)))}{part:.0%} of the expected "
                       "length: a clause left out?")


def _beside(source: tuple[str, ...], target: tuple[str, ...]) -> list[str]:
    """For each translated sentence, the English sentences at the same place in the text (by length).

    A sentence split in two lies within its English sentence; the neighbours on
    either side are taken as well when it lies near their border, so that a
    translator who moves a clause across a sentence break is not flagged.
    """
    def spans(parts: tuple[str, ...]) -> list[tuple[float, float]]:
        lengths = [len(p) for p in parts]
        whole, start, found = sum(lengths) or 1, 0, []
        for length in lengths:
            found.append((start / whole, (start + length) / whole))
            start += length
        return found

    english_spans = spans(source)
    beside = []
    for start, end in spans(target):
        near = [one for one, (a, b) in zip(source, english_spans, strict=True)
                if a < end + _SLACK and b > start - _SLACK]
        beside.append(" ".join(near))
    return beside


def _added_instructions(source: tuple[str, ...], target: tuple[str, ...], lang: str,
                        glossary: Glossary | None) -> Iterator[str]:
    """Translated sentences that instruct where the English beside them does not."""
    compiled, data = _compiled(lang), language_data(lang)
    if compiled is None or data is None:
        return
    for index, (sentence, english) in enumerate(zip(target, _beside(source, target), strict=True)):
        said: list[str] = []
        wanted = numbers_in(english) | _english_number_words(english)
        english_units = {unit for _, unit in english_counts(english)} | {
            unit for unit, regex in _ENGLISH_COUNTED_NOUNS.items() if regex.search(english)}
        for number, unit in dict.fromkeys(translation_counts(sentence, lang)):
            if number not in wanted or unit not in english_units:
                said.append(f"{number} {_unit_label(unit)}")
        line = _word_line(_folded(sentence, data))
        for unit, regex in compiled.dose_nouns.items():
            if unit not in english_units and regex is not None and (match := regex.search(line)):
                said.append(match.group().strip())
        if glossary is not None:
            named = {term.english for term in glossary.in_text(english) if term.drug}
            said += [word for drug, word in drugs_named(sentence, lang, glossary).items() if drug not in named]
        instructs = compiled.instructions.search(line) if compiled.instructions is not None else None
        if instructs and not _ENGLISH_INSTRUCTION.search(english):
            said.append(instructs.group().strip())
        if said:
            yield (f"sentence {index + 1} of the translation instructs (“{'”, “'.join(dict.fromkeys(said))}”) "
                   "where the English beside it does not: an instruction added?")


# Length ratios (translation over expected) past which a sentence is missing or added;
# correct translations of the test set lie between 0.55 and 1.25.
_SHORT, _LONG, _CLAUSE_SHORT = 0.75, 1.15, 0.5
# How far (as a share of the text) a translated sentence may lie from an English one and still be its counterpart.
_SLACK = 0.1
# Counted things that make a sentence an instruction even without a number ("una dosis extra").
_DOSE_NOUNS = ("tablet", "dose", "drop", "injection")
_ENGLISH_COUNTED_NOUNS = {unit: re.compile(rf"\b(?:{forms})\b", re.IGNORECASE)
                          for unit, forms in lexicon.ENGLISH_COUNTED.items()}
_ENGLISH_INSTRUCTION = re.compile(lexicon.ENGLISH_INSTRUCTION, re.IGNORECASE)


def emphasis(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Emphasis: what the English stresses (**bold** or CAPITALS) is stressed in the translation."""
    stressed = [m.group(1) for m in _BOLD.finditer(english)] + _capitals(english)
    if not stressed:
        return
    data = language_data(lang)
    if "**" in translation:
        return
    acronyms = set(_CAPS_WORD.findall(english)) - _EMPHASIS_WORDS
    if data is None or data.cased:
        shouted = [w for w in re.findall(r"\w{2,}", translation) if w.isupper() and w not in acronyms]
        if shouted:
            return
        yield f"the English stresses “{stressed[0]}”; keep the stress (CAPITALS or **bold**)"
    else:
        yield f"the English stresses “{stressed[0]}”; this script has no capitals: mark it **bold**"


def _capitals(english: str) -> list[str]:
    """Words the English stresses with capitals: runs of them ("DO NOT"), or a single "NEVER"."""
    runs = re.findall(r"(?<![\w*])[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+)+(?![\w*])", english)
    singles = [w for w in _CAPS_WORD.findall(english)
               if w in _EMPHASIS_WORDS and not any(w in run for run in runs)]
    return runs + singles


def glossary_terms(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Glossary: fixed translations used, do-not-translate terms and drug names kept."""
    if glossary is None:
        return
    data = language_data(lang)
    folded = _folded(translation, data)
    for term in glossary.in_text(english):
        forms = term.forms(lang)
        if not forms:
            continue  # no agreed form in this language: nothing to hold the translation to
        target = forms[0]
        # Whole words from the term's first letter on; endings may inflect (ketamina, ketaminas).
        # Arabic script joins the article and prepositions to the name (الكيتامين): any start.
        start = "*" if data is not None and data.script == "ARABIC" else ""
        wanted = [start + words + "*" for form in forms if (words := " ".join(_words(_folded(form, data))))]
        if not wanted or not _find(wanted, folded, data):
            kind = "a do-not-translate term" if term.keep else "a drug" if term.drug else "a glossary term"
            how = "stays as it is" if term.keep else f"is “{target}” in {lang}"
            yield f"“{term.english}” ({kind}) {how}; the translation lacks it"


def untranslated(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Untranslated: the English left in, or text in the wrong script for the language."""
    if " ".join(translation.split()).casefold() == " ".join(english.split()).casefold():
        if _words_to_translate(english, glossary):
            yield "the translation is the English text"
        return
    # Link targets and the English's addresses are no words: "电子邮件：sdu@riverside.example.org" is Chinese.
    words = [t.text for t in _tokens(_without_addresses(english, translation)[1]) if not t.digits]
    english_words = [w for w in words if w.casefold() in _ENGLISH_FUNCTION_WORDS]
    if len(english_words) >= 3 and len(english_words) >= len(words) / 4:
        yield f"the translation looks like English (“{' '.join(english_words[:4])}”)"
        return
    data = language_data(lang)
    if data is None:
        return
    kept = {fold(t.english) for t in glossary.terms} if glossary else set()
    letters = "".join(
        w for w in words
        if not (w.isupper() and len(w) > 1) and fold(w) not in kept and fold(w) not in _UNIT_WORDS
    )
    letters = "".join(ch for ch in letters if unicodedata.category(ch)[0] == "L")
    if len(letters) >= 8:
        scripts: dict[str, int] = {}
        for ch in letters:
            scripts[_script(ch)] = scripts.get(_script(ch), 0) + 1
        if scripts.get(data.script, 0) < len(letters) / 2:
            main = max(scripts, key=lambda name: scripts[name])
            yield (f"written mostly in {main.title()} script; "
                   f"{lang} is written in {data.script.title()} script")
            return
    if data.variant_chars:
        other = [ch for ch in translation if ch in data.variant_chars]
        own = _TRADITIONAL if data.variant_chars == _SIMPLIFIED else _SIMPLIFIED
        if len(other) >= 2 and len(other) > sum(ch in own for ch in translation):
            variant = "Simplified" if data.variant_chars == _SIMPLIFIED else "Traditional"
            yield f"written in {variant} Chinese characters ({''.join(dict.fromkeys(other))[:6]}) for {lang}"


def same_script_language(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Language: the translation is in its own language, not another of its script (Spanish in the Italian file).

    py3langid's offline model judges texts of 25 letters or more among the
    languages written in the same script; it speaks when it is at least 90% sure
    of another language and gives the catalogue's own at most 0.1%.
    """
    data = language_data(lang)
    base = lang.split("_")[0]
    if data is None or base not in language_id.CANDIDATES.get(data.script, ()):
        return
    text = _plain(translation)
    for term in glossary.terms if glossary else ():
        if term.keep or term.drug:  # names say nothing about the language around them
            text = term.pattern().sub(" ", text)
    guess = language_id.other_language(text, data.script, base)
    if guess is not None:
        yield f"this reads as {_language_name(guess.language)} ({guess.probability:.1%} sure), not {lang}"


def _language_name(code: str) -> str:
    try:
        return Locale.parse(code).english_name or code
    except (ValueError, UnknownLocaleError):
        return code


def english_left(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """English left in: words of the English copied into the translation ("outpatient", "multiday").

    Words of five letters or more, in lower case in the English; glossary terms,
    drug names in any language and shared medical words (lexicon.SHARED_WORDS) excepted.
    """
    if " ".join(translation.split()).casefold() == " ".join(english.split()).casefold():
        return  # the whole English: the untranslated check says so
    english, translation = _without_addresses(english, translation)
    source = {w.casefold() for w in _LATIN_WORD.findall(english) if not w.isupper()}
    if not source:
        return
    exempt = set(lexicon.SHARED_WORDS)
    for term in glossary.terms if glossary else ():
        if term.keep or term.drug:
            exempt.update(w.casefold() for form in term.all_forms() for w in _LATIN_WORD.findall(form))
    copied = [w for w in _LATIN_WORD.findall(translation)
              if (key := w.casefold()) in source and key not in exempt and not w.isupper()]
    if copied:
        yield f"English left in the translation: {', '.join(dict.fromkeys(copied))}"


def _without_addresses(english: str, translation: str) -> tuple[str, str]:
    """Both texts without markup and without the English's web and mail addresses.

    The English's addresses are no words to translate: a contact block keeps "hand.unit@example.org"
    in every language. Only those: "outpatient.Traiga" in a translation is English left in.
    """
    english, translation = _plain(english), _plain(translation)
    for address in _addresses(english):
        if address in translation:  # one left out is the markup check's, and counts in the length
            english, translation = english.replace(address, " "), translation.replace(address, " ")
    return english, translation


def _addresses(text: str) -> list[str]:
    """The web and mail addresses in ``text``, without what is around one: brackets, quotes, a
    label's colon ("Email:sdu@…"), the sentence's full stop."""
    found = [_EMAIL.search(address) or address for address in _ADDRESS.findall(text)]
    return list(dict.fromkeys((address if isinstance(address, str) else address.group())
                              .lstrip("([{<\"'“‘«*").rstrip(".,;:!?)]}>'\"”’»*") for address in found))


_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{5,}(?![^\W\d_])")
# A web or mail address: with its scheme, with an @, or a name with a dot before letters (example.org/hands).
_ADDRESS = re.compile(r"(?:https?://|www\.|mailto:|tel:)\S+|\S+@\S+|\S*[^\W\d_]\.[a-z]{2,}\S*", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")  # the address itself, in "(sdu@x.org)" or "Email:sdu@x.org"


_UNIT_WORDS = {"mmol", "mg", "ml", "l", "h", "min"}  # Latin unit symbols any script may carry


def _words_to_translate(english: str, glossary: Glossary | None) -> bool:
    """Whether ``english`` has words beyond names, acronyms, numbers and units."""
    text = english
    for term in glossary.terms if glossary else ():
        if term.keep or term.drug:
            text = term.pattern().sub(" ", text)
    text = re.sub(r"\b[A-Z]{2,}\b|\d+|\b(?:mmol|mg|ml|L|h|min)\b", " ", text)
    return bool(re.search(r"[A-Za-z]{2,}", text))


def markup(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Markup: bold markers, links, code, tags, placeholders and line breaks kept."""
    for name, pattern in (
        ("bold markers (**)", r"\*\*"),
        ("code marks (`)", r"`"),
        ("line breaks", r"\n"),
    ):
        want, got = len(re.findall(pattern, english)), len(re.findall(pattern, translation))
        if name.startswith("bold") and got > want and _capitals(english):
            continue  # bold standing in for the English capitals, as scripts without capitals must
        if want != got:
            yield f"{name}: {want} in the English, {got} in the translation"
    if translation.count("**") % 2:
        yield "a bold marker (**) is not closed"
    for name, pattern in (
        ("link targets", r"\]\(([^)]*)\)"),
        ("tags", r"</?[A-Za-z][^>]*>"),
        ("placeholders", r"%(?:\([\w]+\))?[sdif]|\{\w*\}"),
    ):
        want_set, got_set = sorted(re.findall(pattern, english)), sorted(re.findall(pattern, translation))
        if want_set != got_set:
            missing = [x for x in dict.fromkeys(want_set) if want_set.count(x) > got_set.count(x)]
            added = [x for x in dict.fromkeys(got_set) if got_set.count(x) > want_set.count(x)]
            parts = ([f"missing {', '.join(missing)}"] if missing else []) + (
                [f"added {', '.join(added)}"] if added else [])
            yield f"{name} differ: {'; '.join(parts)}"
    # A mail or web address written out (not a link: their targets are compared above) is kept as it is.
    for address in _addresses(re.sub(r"\]\([^)]*\)", "]", english)):
        if _CONTACT_ADDRESS.fullmatch(address) and address not in translation:
            yield f"the English's address “{address}” is not in the translation"


# An address a patient writes to or types in: with a scheme, www., or an @.
_CONTACT_ADDRESS = re.compile(r"(?:https?://|www\.|mailto:)\S+|[^\s@]+@[^\s@]+\.[^\s@]+", re.IGNORECASE)


# Characters that make the page show other than what the reviewer reads: bidirectional overrides
# reorder it ("\u202e24" shows as 42), tag characters and interlinear annotations hide text.
# Embeddings and isolates reorder words too, but right-to-left text has a use for them (a phone
# number or a Latin word kept in order): there they pass. Marks a script needs (RLM, LRM, ALM,
# ZWJ, ZWNJ) are never among them.
# Overrides, interlinear annotations, tags, and the combining marks drawn over letters (a stroke
# or slash through them: "N̶O̶" shows struck out and still reads as NO to the checks).
_HIDING = re.compile("[\u202d\u202e\ufff9-\ufffb\U000e0000-\U000e007f\u0334-\u0338\u20d2\u20d3\u20d8-\u20da"
                     "\u20e5\u20e6\u20ea\u20eb]")
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202c\u2066-\u2069]")
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _balanced(text: str) -> bool:
    """Is every embedding closed by a PDF and every isolate by a PDI (none left to reorder the rest)?"""
    depth = {"embedding": 0, "isolate": 0}
    for char in _DIRECTION_CONTROLS.findall(text):
        kind = "isolate" if char >= "\u2066" else "embedding"
        depth[kind] += -1 if char in "\u202c\u2069" else 1
        if depth[kind] < 0:
            return False
    return depth == {"embedding": 0, "isolate": 0}


def hidden(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """What the page shows is what the reviewer reads: no controls that reorder or hide text, no character references.

    Control characters too: msgfmt accepts a vertical tab or an escape, which a page shows as nothing.

    A reference such as ``&half;`` reads as letters in the review tools and a PO
    editor, and shows as ½ on the page ("Tome 1&half;" for "Take 1").
    """
    controls = _HIDING.findall(translation) + CONTROL_CHARACTER.findall(translation)
    if language(lang).direction != "rtl" or not _balanced(translation):
        controls += _DIRECTION_CONTROLS.findall(translation)
    for char in dict.fromkeys(controls):
        if char not in english:
            name = unicodedata.name(char, "a control character")
            yield f"U+{ord(char):04X} ({name}) changes what the page shows: remove it"
    for reference in dict.fromkeys(_CHARACTER_REFERENCE.findall(translation)):
        shown = html.unescape(reference)
        if shown != reference and reference not in english:
            yield f"{reference} shows as {shown!r} on the page: write the character itself"


def length(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Length: not suspiciously short (something left out) or long (something made up)."""
    source, target = _without_addresses(english, translation)  # an address is as long in every language
    if len(source) < 25:
        return  # headings and short phrases vary too much to judge
    data = language_data(lang)
    expected = len(source) * (data.length_ratio if data else 1.0)
    if len(target) < expected * 0.55:
        yield (f"{len(target)} characters for {len(source)} of English (about {expected:.0f} expected "
               "in this language): is something left out?")
    elif len(target) > expected * 1.8:
        yield (f"{len(target)} characters for {len(source)} of English (about {expected:.0f} expected "
               "in this language): is something added?")


def punctuation(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Punctuation: a question stays a question, a sentence keeps its full stop."""
    data = language_data(lang)
    marks = data.question_marks if data else "?"
    ends = (data.sentence_ends if data else ".!?:;…") + marks
    source_end = _plain(english).rstrip("*_)\"”’ ")[-1:]
    target = unicodedata.normalize("NFC", _plain(translation)).rstrip("*_)\"”’»」』 ")
    target_end = target[-1:]
    if source_end == "?":
        if target_end not in marks:
            yield "the English asks a question; the translation does not end with a question mark"
        elif lang.split("_")[0] == "es" and "¿" not in target:
            yield "a Spanish question opens with ¿"
    elif target_end and target_end in marks:
        yield "the translation ends with a question mark; the English is not a question"
    elif source_end in ".!:" and target_end not in ends:
        yield "the English ends a sentence; the translation has no final punctuation"


def links_and_emphasis(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Links and emphasis: each link goes where the English one goes, and each *emphasis* and line break is kept.

    Read as the page reads them (markdown-it), so a link whose brackets a
    translation broke, which no longer shows as a link, counts as lost. What
    the ``markup`` check already reports (a link target or a line break
    missing from the text) is not reported twice.
    """
    if not (_INLINE_MARK.search(english.replace("**", "")) or _INLINE_MARK.search(translation.replace("**", ""))):
        return  # no link, emphasis or break in either (most entries; **strong** is the markup check's)
    want, got = _inline_marks(english), _inline_marks(translation)
    raw_targets_differ = sorted(re.findall(r"\]\(([^)]*)\)", english)) != sorted(re.findall(r"\]\(([^)]*)\)", translation))
    if want.links != got.links and not raw_targets_differ:
        missing = [x for x in dict.fromkeys(want.links) if want.links.count(x) > got.links.count(x)]
        added = [x for x in dict.fromkeys(got.links) if got.links.count(x) > want.links.count(x)]
        yield "links as shown differ: " + "; ".join(
            ([f"missing {', '.join(missing)}"] if missing else []) + ([f"added {', '.join(added)}"] if added else []))
    if want.emphasis != got.emphasis:
        yield f"emphasis (*…*): {want.emphasis} in the English, {got.emphasis} in the translation"
    if want.breaks != got.breaks and english.count("\n") == translation.count("\n"):
        yield f"line breaks as shown: {want.breaks} in the English, {got.breaks} in the translation"


_INLINE_MARK = re.compile(r"[\[*_\\\n]")


@dataclass(frozen=True)
class _InlineMarks:
    links: list[str]  # the targets, sorted
    emphasis: int  # *emphasis* (not **strong**: the markup and emphasis checks judge that)
    breaks: int


def _inline_marks(text: str) -> _InlineMarks:
    tokens = inline_tokens(text)
    return _InlineMarks(
        sorted(str(t.attrGet("href") or "") for t in tokens if t.type == "link_open"),
        sum(t.type == "em_open" for t in tokens),
        sum(t.type in ("softbreak", "hardbreak") for t in tokens),
    )


def whitespace(english: str, translation: str, lang: str, glossary: Glossary | None) -> Iterator[str]:
    """Whitespace: no space added or lost at either end, no double spaces."""
    lead = len(english) - len(english.lstrip()), len(translation) - len(translation.lstrip())
    trail = len(english) - len(english.rstrip()), len(translation) - len(translation.rstrip())
    if lead[0] != lead[1]:
        yield f"leading whitespace: {lead[0]} in the English, {lead[1]} in the translation"
    if trail[0] != trail[1]:
        yield f"trailing whitespace: {trail[0]} in the English, {trail[1]} in the translation"
    if "  " in translation.strip() and "  " not in english.strip():
        yield "a double space inside the translation"


def _list(values: Iterable[str]) -> str:
    return ", ".join(_in_order(values))


def _in_order(values: Iterable[str]) -> list[str]:
    """Numbers (as text) smallest first, as messages list them."""
    return sorted(values, key=lambda v: (len(v), v))


# -- the registry ----------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    name: str
    severity: Severity
    function: CheckFunction = field(repr=False)

    @property
    def title(self) -> str:
        """The first line of the check's docstring: what a clinician reads."""
        return (self.function.__doc__ or self.name).strip().splitlines()[0]

    def __call__(self, english: str, translation: str, lang: str,
                 glossary: Glossary | None = None) -> list[Finding]:
        return [Finding(self.name, self.severity, message)
                for message in self.function(english, translation, lang, glossary)]


CHECKS: dict[str, Check] = {
    check.name: check
    for check in (
        Check("numbers", Severity.ERROR, numbers),
        Check("units", Severity.ERROR, units_kept),
        Check("negation", Severity.ERROR, negation),
        Check("negations", Severity.WARNING, negations_kept),
        Check("polarity", Severity.ERROR, polarity),
        Check("counts", Severity.ERROR, counts),
        Check("weekdays", Severity.ERROR, weekdays),
        Check("drugs", Severity.ERROR, drugs),
        Check("completeness", Severity.ERROR, completeness),
        Check("glossary", Severity.ERROR, glossary_terms),
        Check("untranslated", Severity.ERROR, untranslated),
        Check("language", Severity.ERROR, same_script_language),
        Check("english", Severity.WARNING, english_left),
        Check("markup", Severity.ERROR, markup),
        Check("hidden", Severity.ERROR, hidden),
        Check("links", Severity.ERROR, links_and_emphasis),
        Check("emphasis", Severity.WARNING, emphasis),
        Check("length", Severity.WARNING, length),
        Check("punctuation", Severity.WARNING, punctuation),
        Check("whitespace", Severity.WARNING, whitespace),
    )
}


def run_checks(english: str, translation: str, lang: str, glossary: Glossary | None = None) -> list[Finding]:
    """Every check's findings for one translated entry; none for an empty translation."""
    if not translation.strip():
        return []
    english, translation = unicodedata.normalize("NFC", english), unicodedata.normalize("NFC", translation)
    return [finding for check in CHECKS.values() for finding in check(english, translation, lang, glossary)]


def checks_fingerprint(glossary: Glossary | None = None) -> str:
    """SHA-256 of what decides the checks' findings: rule version, registry, language tables, lexicon, glossary.

    The checks are deterministic: the same words judged under the same
    fingerprint give the same findings. An approval records the fingerprint of
    the checks its reviewer's tools ran (pipeline.review.ledger), so the
    approval rule need not run them again while it is unchanged.
    """
    material = (
        RULES_VERSION,
        [(check.name, check.severity.value) for check in CHECKS.values()],
        LANGUAGES, ENGLISH_UNITS, units.UNITS, CONTROL_CHARACTER.pattern, _HIDING.pattern,
        lexicon.POLARITY_CONCEPTS, lexicon.ENGLISH_POLARITY, lexicon.POLARITY, lexicon.ENGLISH_COUNTED,
        lexicon.COUNTED, lexicon.COUNTED_PLURALS, lexicon.INSTRUCTIONS, lexicon.ENGLISH_INSTRUCTION, lexicon.DRUG_ENDINGS_LATIN,
        lexicon.DRUG_ENDINGS, lexicon.SHARED_WORDS, lexicon.NUMBER_WORDS, lexicon.NUMBER_JOINERS,
        lexicon.NUMBER_WORDS_NOT_COUNTING, lexicon.FRACTION_BEFORE, lexicon.DUALS, lexicon.TIMES_ADVERBS,
        lexicon.TIMES_ADVERBS_BEFORE, lexicon.ONCE, lexicon.ONCE_AFTER_THE_DAY, lexicon.CLITICS,
        lexicon.COUNT_LOOKALIKES, lexicon.CLOCK_BEFORE, lexicon.CLOCK_AFTER, lexicon.NAMES_AFTER, lexicon.COUNTERS,
        lexicon.AWAY, _ENGLISH_OUT_OF_REACH.pattern, lexicon.SAMPLE,
        lexicon.SPLIT_BEFORE, lexicon.SPLIT_AFTER, lexicon.PER_DAY, lexicon.PERIODS_AFTER_SLASH, lexicon.TOTAL, lexicon.SPREAD, lexicon.TIME_OF_DAY,
        lexicon.WEEKDAYS, lexicon.DAILY, lexicon.EVERY_DAY, lexicon.EVERY_OTHER, lexicon.HALF, lexicon.QUARTER, lexicon.THREE_QUARTERS, lexicon.QUARTER_OF_TIME, lexicon.UP_TO, lexicon.ONLY, lexicon.EXCEPT, lexicon.NEEDED, lexicon.BEFORE_MEALS, lexicon.SIDE_WORDS, lexicon.ENGLISH_SIDED, lexicon.FORGET, lexicon.THEN, lexicon.ONLY_SAID, lexicon.LET_NOT, lexicon.LEAVE_OUT, lexicon.KEEP, lexicon.LOW_LIKELIHOOD, lexicon.HALF_A_DOSE, lexicon.AND_A_HALF, lexicon.HALF_OF_TIME,
        lexicon.CLAUSE_JOINS, lexicon.DOSE_VERBS, lexicon.WHEN_NOT_NEGATED, lexicon.LEST, lexicon.INSTEAD_OF,
        lexicon.REASONS, lexicon.AND_OR, lexicon.REMOVAL_VERBS, lexicon.SHORTHAND_PARTS_OF_THE_DAY,
        lexicon.ZH_DOSE_MEASURES, lexicon.ONE, lexicon.ENGLISH_OVER_A_MEASURE, lexicon.ENGLISH_MEASURE_OR_MORE, lexicon.THRESHOLDS, lexicon.DOUBLE_CARE,
        _ENGLISH_TAKE_NO_DOSE.pattern, _ENGLISH_INSTEAD_OF.pattern, _CJK_DOSE_NUMERAL.pattern, sorted(_DOSE_UNITS),
        _RANGE_OF_NUMBERS.pattern, _TYPE_NUMBER.pattern, _ENGLISH_LENGTH_IN_WORDS.pattern, _ENGLISH_ONE_DOSE.pattern,
        sorted(_SEMICOLONS), sorted(_SENTENCE_ENDS), _ENGLISH_NEGATION.pattern, _ENGLISH_DOSE_NOUN,
        _ENGLISH_HALF_A_DOSE.pattern, _ENGLISH_HALF_SAID.pattern, _ENGLISH_AND_A_HALF.pattern, _hour_said(8).pattern,
        _NEGATED_BEFORE.pattern, _TOLD_BY_THE_CLOCK.pattern, _SMALL_HOURS.pattern,
        _FIFTY_PERCENT.pattern, _ENGLISH_QUARTER_DOSE.pattern, _ENGLISH_DOSE_LIMIT.pattern, _ENGLISH_AFTER_FOOD.pattern, _ENGLISH_PARTS_OF_THE_DAY.pattern, _QUARTER_IN_DIGITS.pattern, _ENGLISH_QUARTERS.pattern, _THREE_QUARTERS_IN_DIGITS.pattern,
        lexicon.WEEKLY, lexicon.TWO_WITHOUT_A_NUMBER, lexicon.DOUBLE, _ENGLISH_UNIT_MENTIONS, _ENGLISH_FREQUENCIES,
        lexicon.ENGLISH_SAID_WITH_A_NEGATION, lexicon.SAID_WITH_A_NEGATION, lexicon.SAID_WITHOUT_A_NEGATION,
        lexicon.WEEKDAY_NAMES, lexicon.WEEKEND, lexicon.WORKING_DAYS, lexicon.WEEKDAY_RANGE, lexicon.WEEKDAY_RANGE_ENDINGS,
        lexicon.WEEKDAY_RANGE_AROUND, lexicon.PARTS_TELLING_THE_TIME, _ENGLISH_MORNING.pattern, _ENGLISH_EVENING.pattern,
        _ENGLISH_WEEKDAY_RANGE.pattern, _DASH_BETWEEN_WORDS.pattern, _ENGLISH_ONLY.pattern, _ENGLISH_KEEP_IN_A_STATE.pattern,
        _ENGLISH_LEAVE_OUT.pattern, _ENGLISH_LESSEN.pattern, _ENGLISH_THEN.pattern, _ENGLISH_EXCEPTION.pattern,
        _ENGLISH_CLAUSE_JOIN.pattern,
        _ENGLISH_ASKED_TO.pattern, _ENGLISH_WEAR.pattern, _ENGLISH_SAID_REFUSING.pattern,
        _ENGLISH_MUST_NOT.pattern, {lang: pattern.pattern for lang, pattern in _CLITIC_PRONOUNS.items()}, sorted(_UNITS_OF_TIME), sorted(_NOTHING_BETWEEN),
        {lang: [p.pattern if p else None for p in frame] for lang, frame in _REFRAINING_FROM.items()}, _ZH_AND.pattern,
        _DETERMINERS,
        [pattern.pattern for pattern in _ENGLISH_WEEKDAYS.values()],
        _ABBREVIATION_END.pattern, _MEASURE_ABBREVIATION_END.pattern,
        _SCHEDULE_HOURS.pattern, _NEGATIVE_MEANING_WORDS,
        _CJK_BEFORE_A_COUNT.pattern, _CJK_HALF_A_PERIOD.pattern, _ENGLISH_FREQUENCY_COUNT.pattern, _SAID_OTHERWISE,
        _JOINED_TIMES,
        _CJK_DAY_OR_WEEK_BEFORE.pattern, _ENGLISH_WEEKDAY_HABIT.pattern, _ENGLISH_DAILY_HABIT.pattern,
        _ENGLISH_EVERY_OTHER.pattern, _ENGLISH_DAYS.pattern, _ENGLISH_WEEK_RATE.pattern,
        lexicon.INSTEAD_OF_BEFORE, lexicon.INSTEAD_OF_IT, _ENGLISH_INSTEAD_OF_IT.pattern,
        lexicon.CONDITIONS, lexicon.CONDITION_ENDS, lexicon.PURPOSE_ENDS, lexicon.PURPOSE_OPENS, _ENGLISH_IF.pattern, _ENGLISH_CONDITION_SAID_NEGATED.pattern, _DOSE_BETWEEN.pattern,
        _CJK_TAKING.pattern, _TAKING_BEFORE_INSTEAD.pattern, sorted(_LIST_JOINERS),
        _MERIDIEM.pattern, sorted(_AFTERNOON_MARKS), _PM_AFTER.pattern, _CLOCK_MINUTES.pattern, _EVERY_WEEK.pattern,
        _ENGLISH_CLOCK.pattern, _TRANSLATION_CLOCK.pattern,
        _TIMES_A_WEEK.pattern,
        _CLAUSE_BREAK.pattern, _FRACTION_BEFORE.pattern, _ENGLISH_NUMBER_WORDS, _ENGLISH_COMPOUND.pattern,
        _ENGLISH_SPELLED_COUNT.pattern, _ENGLISH_ADDED.pattern, sorted(_DURATIONS), _CARDINALS, _HOW_OFTEN, _BOTH.pattern,
        _EVERY_HOURS.pattern, _LABEL_NUMBER.pattern, _PERIOD_IN_SMALLER_UNITS, [(p.pattern, number, unit) for p, number, unit in _IMPLIED_COUNTS],
        _ENGLISH_ORDINALS, _CJK_NOT_A_COUNT, _CJK_AGES, _CJK_NEEDLES, _CJK_BARE, _CJK_PLACES,
        _SAME_KIND, _UNITS_SPELLED,
        language_id.CANDIDATES, language_id.CONFIDENCE, language_id.OWN_AT_MOST, language_id.MIN_LETTERS,
        glossary.terms if glossary else (),
    )
    return hashlib.sha256(repr(_canonical(material)).encode()).hexdigest()


def _canonical(value: object) -> object:
    """``value`` with every set in sorted order, so that its repr is the same in every process.

    A set's order follows the string hash, which Python seeds afresh in each process: an approval
    made in one process recorded a fingerprint no other process computed.
    """
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(item) for item in value), key=repr)
    if isinstance(value, Mapping):
        return [(_canonical(key), _canonical(item)) for key, item in value.items()]
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, *((f.name, _canonical(getattr(value, f.name))) for f in dataclasses.fields(value))]
    return value
