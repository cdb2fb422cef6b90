"""Word lists the sentence-level checks read: clinical opposites, counted nouns, drug-shaped words, numbers as words.

Patterns follow the notes above ``LANGUAGES`` in :mod:`pipeline.checks.rules`:
matched after folding (lower case, accents and Arabic vowel marks removed,
except in Vietnamese and Gurmukhi), ``"word*"`` a word starting so,
``"*word"`` ending so, ``"*part*"`` containing it, words with spaces
consecutive words; in Chinese every pattern is a substring.

The lists are a project's starting point, written from general medical usage
and the WHO INN name stems; each language's clinician reviewer should extend
them (docs/checks.md says how).
"""

from __future__ import annotations

from collections.abc import Mapping

# -- polarity: clinically meaningful opposites ----------------------------------------
#
# Each concept has two poles. A sentence of the English that holds one pole
# only must not come out holding the other pole only (severe -> mild,
# before -> after, always -> sometimes, required -> optional). A translation
# that names neither pole is a paraphrase and passes; so does one with both.

Poles = tuple[tuple[str, ...], tuple[str, ...]]

POLARITY_CONCEPTS: dict[str, tuple[str, str]] = {
    # concept -> (first pole, second pole), as a message names them
    # An age limit, "under 12" written "mayores de 12", gives a child an adult's dose. First (the
    # concepts are matched in this order): its patterns hold more/less words ("mayores de 12
    # años") that are then an age's, not a quantity's.
    "age": ("older", "younger"),
    "severity": ("severe", "mild"),
    "level": ("high", "low"),
    "quantity": ("more", "less"),
    "timing": ("before", "after"),
    "necessity": ("required", "optional"),
    "frequency": ("always", "sometimes"),
    "commonness": ("common", "rare"),
    "safety": ("safe", "unsafe"),
    "course": ("start or continue", "stop"),
    "limit": ("at most", "at least"),
    "meals": ("with food", "on an empty stomach"),
    # a teaspoon (5 mL) written as a tablespoon (15 mL): three times the dose
    "spoon": ("teaspoon", "tablespoon"),
    # a modified-release tablet chewed, a chewable one swallowed whole: the dose all at once, or none of it released
    "chewing": ("swallowed whole", "chewed or crushed"),
    # "Take it in the morning" written "por la noche": a diuretic that keeps a patient up at night, a steroid at bedtime
    "part_of_day": ("morning", "afternoon, evening or night"),
    # "Do not have blood taken from your left arm" written "right arm": the arm a lymphoedema warning protects, the
    # side to lie on after a biopsy, the eye the drops go in
    "side": ("left", "right"),
    # "If your lips swell, call an ambulance straight away" written "see your GP next week": help that comes too late
    "urgency": ("straight away", "later (tomorrow, next week)"),
    # "Keep the dressing dry" written "Moje el apósito": a wound, a cast or a patch soaked; "keep the wound moist"
    # written dry
    "moisture": ("dry", "wet"),
}

# Words that join two clauses, as written (not folded): "1 comprimido por la mañana y 2 por la noche" is two clauses,
# each giving its dose its part of the day (rules._doses_moved_between_parts_of_the_day). Not a conjunction that is
# also another word (Greek η, "the"; Punjabi ਤੇ, "on"; Chinese 和 in 和食物一起, "with food"), nor the "and" of "one
# and a half", "un comprimido y medio" (but "y medio comprimido" begins a dose). A "re:" pattern is a regex, which
# must match whole words.
# Between a dose and the part of the day of the next one, written without a comma: 早上服2片晚上服1片
# Chinese measure words of a dose (一片, 2粒, 1支), and the units that follow a dose's number (毫克 is mg)
ZH_DOSE_MEASURES = "片粒颗顆錠锭丸袋包支滴喷噴揿剂劑贴貼枚勺匙"
_ZH_DOSE_UNITS = f"[{ZH_DOSE_MEASURES}]|毫升|毫克|克|ml|mg|g|单位|單位"
_ZH_DOSE_THEN_WHEN = (f"re:(?:(?<=[{ZH_DOSE_MEASURES}升克位g])|(?<=mg|ml))[ \u3000/]*"
                      r"(?=早|晚|睡前|夜|中午|下午|上午|临睡|臨睡|就寝|就寢)")
# and in Vietnamese: "Sáng uống 1 viên tối uống 2 viên"
_VI_DOSE_THEN_WHEN = (r"re:(?:(?<=viên)|(?<=gói)|(?<=giọt)|(?<=ml)|(?<=mg)|(?<=ống)(?<!uống))"
                      r"(?=[ /]+(?:buổi )?(?:sáng|trưa|chiều|tối|đêm)(?: (?:uống|dùng|tiêm|bôi|xịt|nhỏ|một|hai|ba|bốn|nửa)(?!\w)"
                      r"| \d| ?[:：]))")
CLAUSE_JOINS: dict[str, tuple[str, ...]] = {
    # and the words of a purpose or a reason, which often hold a negation of their own ("so that you do not")
    "en": (r"re:(?<!\w)and(?!\w)(?! a half)", "or", "then", "but", "plus", "so that", "so", "because", "in order to",
           r"re:(?<!\w)otherwise(?= (?:it|you|they|this|your|there)\b)", "or else", r"re:(?<!\w)(?<!soon )(?<!long )(?<!such )(?<!same )(?:as|since)(?= (?:it|they|this|these)\b)",
           r"re:(?<!\w)to(?= (?:help (?:to )?)?(?:reduce|avoid|prevent|stop|lessen|lower|limit|protect)\b)"),
    "es": (r"re:(?<!\w)y(?!\w)(?! medi[oa](?! (?:comprimido|pastilla|tableta|c[aá]psula|dosis|sobre|cuchar|gota)))",
           "e", "o", "u", "luego", "pero", "para", "porque", "ya que", "así"),
    "it": (r"re:(?<!\w)e(?!\w)(?! mezz[oa](?! (?:compress|pastigli|capsul|dose|bustin|cucchiai)))", "ed", "o", "poi",
           "ma", "per", "perché", "poiché", "così"),
    "el": (r"re:(?<!\w)και(?!\w)(?! μισ[οόήη](?! (?:δισκ|χάπι|χαπι|κάψουλ|καψουλ|δόσ|δοσ)))", "κι", "ή", "αλλά", "ώστε", "για να", "γιατί", "επειδή"),
    "tr": ("ve", "veya", "ama", "böylece", "çünkü"),
    # not "thay vì" (instead of), nor "vì vậy", "vì thế" (therefore: the instruction follows)
    "vi": ("và", "hoặc", "rồi", "nhưng", "để", r"re:(?<!\w)(?<!thay )vì(?!\w)(?! (?:vậy|thế)(?!\w))", _VI_DOSE_THEN_WHEN),
    # و is written onto the next word: before a number or a dose ("وقرصين"; not وحدات, units, which begins with it)
    "ar": ("ثم", "أو", "لكن", r"re:(?<!\w)و(?=\s?[\d٠-٩]|\S*(?:قرص|كبسول|حب|جرع|ملعق|وحد)|(?:انزع|أزل|ازل|اغسل))", "حتى", "كي", "لكي",
           "لأن"),
    "fa": (r"re:(?<!\w)و(?!\w)(?! ?نیم(?! (?:قرص|کپسول|دوز|قاشق)))", "یا", "سپس", "اما", "زیرا", "چون",
           # not "۱ تا ۲", "یک تا دو قرص" (1 to 2)
           r"re:(?<![\d۰-۹] )(?<!\w)(?<!یک )(?<!دو )(?<!سه )(?<!چهار )(?<!پنج )(?<!شش )(?<!هفت )(?<!هشت )(?<!ده )تا(?!\w)(?! [\d۰-۹])"),
    "pa_Guru": ("ਅਤੇ", "ਜਾਂ", "ਫਿਰ", "ਪਰ", "ਤਾਂ ਜੋ", "ਤਾਂ ਕਿ", "ਕਿਉਂਕਿ"),
    "zh_Hans": ("re:然后", "re:并且", "re:或者", "re:这样", "re:以便", "re:因为", _ZH_DOSE_THEN_WHEN),
    "zh_Hant": ("re:然後", "re:並且", "re:或者", "re:這樣", "re:以便", "re:因為", _ZH_DOSE_THEN_WHEN),
}

# Verbs of taking or giving a medicine, as folded text reads: the part of the day of a clause that holds one, not
# negated, is when the dose is taken ("Take it in the morning, so that you do not get up at night" written "Tómelo
# por la noche, para no levantarse por la noche" fails; rules._doses_moved_between_parts_of_the_day). Not tomografía,
# 衣服 (clothes) or 舒服 (comfortable).
DOSE_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("take", "takes", "taking", "taken", "use", "using", "used", "apply", "applying", "applied", "inject",
           "injecting", "injected", "give", "giving", "given", "swallow", "swallowing", "insert", "inhale", "spray"),
    "es": ("re:tom(?:e|en|elo|ela|elos|elas|ar|arlo|arla|arlos|arlas|arse|arselo|arsela|ese|a|an|ando|ara|o)(?= )", "use", "utilice*", "aplique*",
           "inyect*", "administr*", "trague*", "ingiera*", "pongase", "dele", "deselo", "deselos"),
    "it": ("prend*", "assum*", "assunt*", "usi", "utilizzi", "applichi", "iniett*", "somministr*", "ingoi*"),
    "el": ("παρτε", "παρετε", "παιρν*", "λαβετε", "λαμβαν*", "χρησιμοποι*", "εφαρμοστε", "εφαρμοζ*", "χορηγ*", "δωστε", "βαλτε",
           "καταπιειτε", "κανετε ενεση"),
    "tr": ("alin", "aliniz", "alinir", "alinmali*", "almalisiniz", "almaniz", "alinmasi*", "kullanin", "kullaniniz", "uygulayin", "enjekte",
           "verin", "yutun"),
    "vi": ("uống", "dùng", "bôi", "tiêm", "nuốt", "xịt"),
    "ar": ("*تناول*", "خذ*", "یوخذ", "توخذ", "تاخذ", "یعطی", "استخدم*", "ضع", "ضعه", "ضعها", "ضعی", "احقن*", "اعط*",
           "ابلع*"),  # not ضعف (weakness)
    "fa": ("مصرف", "بخورید", "استفاده کنید", "تزریق کنید", "بدهید", "بزنید", "میل کنید", "میل شود"),
    "pa_Guru": ("ਲਓ", "ਲਵੋ", "ਲੈਣੀ", "ਲੈਣਾ", "ਲੈਣ", "ਖਾਓ", "ਵਰਤੋ", "ਲਗਾਓ", "ਦਿਓ", "ਨਿਗਲ*"),
    "zh_Hans": ("服用", "口服", "吞服", "送服", "服药", "用药", "注射", "涂抹", "使用", "re:[晨晚早夜]服"),
    "zh_Hant": ("服用", "口服", "吞服", "送服", "服藥", "用藥", "注射", "塗抹", "使用", "re:[晨晚早夜]服"),
}

# Prescription shorthand for the parts of the day, (morning, afternoon, evening or night), as folded text reads: a
# bare Chinese 早 or 晚, Vietnamese "sáng", "chiều" or "tối", at the start of a clause, before a dose, its number or the
# verb taking it, or standing alone ("早2片，晚1片", "晚服1片", "早：1片", "Sáng uống 2 viên, tối 1 viên", "Sáng: 1
# viên"). Read in one clause at a time (rules._doses_moved_between_parts_of_the_day), never across a comma: elsewhere
# they are early, late, light or dark (较晚服用, "ánh sáng", "phòng tối").
_ZH_A_DOSE_AFTER = (rf"(?= ?(?:[0-9０-９]+(?: [0-9０-９]+)? ?(?:{_ZH_DOSE_UNITS}|次|点|點)"  # 0.5 reads "0 5"
                    rf"|[一二两兩三四半] ?(?:[{ZH_DOSE_MEASURES}]|次)|服)| $)")
_VI_A_DOSE_AFTER = r"(?= (?:uống|dùng|tiêm|bôi|xịt|nhỏ|một|hai|ba|bốn|nửa)(?= )| \d| $)"
_ZH_SHORTHAND = ((f"re:(?<=^ )早{_ZH_A_DOSE_AFTER}",), (f"re:(?<=^ )晚{_ZH_A_DOSE_AFTER}",))
SHORTHAND_PARTS_OF_THE_DAY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "vi": ((f"re:(?<=^ )sáng{_VI_A_DOSE_AFTER}",), (f"re:(?<=^ )(?:chiều|tối){_VI_A_DOSE_AFTER}",)),
    "zh_Hans": _ZH_SHORTHAND,
    "zh_Hant": _ZH_SHORTHAND,
}

# Verbs of taking off what was applied, as folded text reads: a clause that holds one and no verb of DOSE_VERBS says
# not when the dose is taken ("Apply a new patch each morning and remove it at bedtime" written "applichi un cerotto
# ogni sera e lo tolga al mattino" fails; rules._doses_moved_between_parts_of_the_day).
_ZH_REMOVAL_VERBS = ("撕除", "撕下", "揭下", "取下", "去除", "洗掉", "洗去", "除去", "移除", "摘下",
                     "脱下", "脫下", "脱掉", "脫掉")  # the same in both scripts but 脱/脫 (take off clothes)
REMOVAL_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("remove", "removes", "removing", "removed", "re:(?:tak|took|peel|wash|rins|wip)[^ ]* (?:[^ ]+ ){0,2}off(?= )"),
    "es": ("retire*", "quite", "quitese", "quitela", "quitelo", "quitelos", "quitelas", "despegue*", "retirar*"),
    "it": ("tolga", "rimuova", "rimuoverl*", "togliere", "toglierl*", "stacchi", "risciacqui"),
    "el": ("αφαιρεστε", "αφαιρειτε", "αφαιρεσ*", "βγαλτε", "βγαζ*", "ξεκολληστε", "ξεπλυνετε"),
    "tr": ("cikarin", "cikariniz", "cikarilmali*", "cikarilir", "cikarma*"),  # not "sökün": folded, "sokun" (insert)
    "vi": ("gỡ", "bóc", "tháo", "cởi", "lau sạch", "rửa sạch"),
    "ar": ("re:[وف]?(?:انزع(?!اج|ج)|ازل|اغسل)[^ ]*", "تخلع*", "تنزع*"),  # not انزعاج (discomfort), انزعج (was bothered)
    "fa": ("بردارید", "جدا کنید", "بشویید", "پاک کنید"),
    "pa_Guru": ("ਉਤਾਰੋ", "ਉਤਾਰ ਦਿਓ", "ਹਟਾਓ", "ਹਟਾ ਦਿਓ", "ਧੋ ਦਿਓ", "ਧੋ ਲਓ"),
    "zh_Hans": _ZH_REMOVAL_VERBS,
    "zh_Hant": _ZH_REMOVAL_VERBS,
}

# For when a dose is taken (rules._doses_moved_between_parts_of_the_day), regexes over the text as written: a clause
# they match is not negated though the negation check counts a negation in it ("regardless", 不论; Arabic لا ... إلا,
# "only"; "at most" is the limit's of POLARITY).
WHEN_NOT_NEGATED: dict[str, tuple[str, ...]] = {
    "zh_Hans": ("不论", "不管(?!用)"),
    "zh_Hant": ("不論", "不管(?!用)"),
    "ar": (r"(?<!\w)إلا(?!\w)",),
}

# "Instead of", before what it sets aside, regexes over the text as written: a clause's parts of the day are those
# before it ("Tómelo por la noche en lugar de por la mañana" takes it at night), and the drug after it is the one put
# aside ("Tome paracetamol en lugar de ibuprofeno": rules._replaced_drug_turned). INSTEAD_OF_BEFORE: where it follows
# what it sets aside (Turkish "ibuprofen yerine", Punjabi "ਆਈਬਿਊਪ੍ਰੋਫੇਨ ਦੀ ਬਜਾਏ"), read for drugs only.
INSTEAD_OF: dict[str, tuple[str, ...]] = {
    "es": (r"\b[Ee]n (?:lugar|vez) del?\b",),
    "it": (r"\b[Ii]nvece (?:d(?:i|el|ell|ella|ello|ei|egli|elle)|che)\b", r"\b[Aa]nzich[éèe]\b", r"\b[Pp]iuttosto che\b", r"\b[Aa]l posto d(?:i|el|ell|ella|ello|ei|egli|elle)\b"),
    "el": (r"\b[Αα]ντί\b",),
    "vi": (r"\b[Tt]hay vì\b", r"\b[Tt]hay (?:thế )?cho\b"),
    # the tanwin on the alif or before it (بدلاً, بدلًا), or none; و written onto it ("وبدلاً"); بدل alone before a
    # noun with its article
    "ar": (r"(?:^|(?<=[\sوف]))(?:بدل(?:اً|ًا|ا)? (?:من|عن)|بدل(?= ال)|عوض(?:اً|ًا|ا)? (?:عن|من))(?!\w)",),
    "fa": (r"\bب(?:ه(?: |\u200c)?)?جا[یي]\b",),  # به جای, بجای, with a Persian or an Arabic yeh
    "zh_Hans": ("而不是", "而非", "代替", "替代", "取代"),
    "zh_Hant": ("而不是", "而非", "代替", "替代", "取代"),
}
INSTEAD_OF_BEFORE: dict[str, tuple[str, ...]] = {
    "tr": (r"\byerine\b(?! getir)",),  # not "yerine getirin" (carry out)
    "pa_Guru": ("ਦੀ ਬਜਾਏ", "ਦੇ ਬਜਾਏ", "ਦੀ ਬਜਾਇ"),  # not ਦੀ ਥਾਂ, ਦੀ ਜਗ੍ਹਾ: as often a place ("ਟੀਕੇ ਦੀ ਜਗ੍ਹਾ")
}
# "Instead of it", "instead of this": a word for "it" beside an "instead of" (after it, or before INSTEAD_OF_BEFORE's)
# puts aside what an earlier clause named ("ایبوپروفن مصرف نکنید و به جای آن استامینوفن بخورید", "bunun yerine")
INSTEAD_OF_IT: dict[str, tuple[str, ...]] = {
    "es": ("ello", "eso", "esto"),
    "it": ("ciò", "questo", "quello"),
    "el": ("αυτού", "αυτής", "αυτό", "αυτών", "τούτου"),
    "vi": ("đó", "vậy", "thế", "nó"),
    "ar": ("ذلك", "هذا", "هذه", "تلك"),
    "fa": ("آن", "این", "آنها", "این‌ها"),
    "tr": ("bunun", "onun", "bunların", "onların", "şunun"),
    "pa_Guru": ("ਇਸ", "ਉਸ", "ਇਨ੍ਹਾਂ", "ਉਨ੍ਹਾਂ"),
    "zh_Hans": ("此", "之", "它", "这"),
    "zh_Hant": ("此", "之", "它", "這"),
}

# "If", regexes over the text as written: the condition of an instruction (rules._condition_negated). Not Spanish
# "sí" (yes), Arabic إن (as often "that"), Turkish (a suffix), nor Chinese 如 alone (例如, 如下).
_ZH_CONDITIONS = ("如果", "假如", "倘若", "要是", "(?<![例比譬诸諸正])如(?:您|你|未)", "若(?!干)")  # not 例如您
CONDITIONS: dict[str, tuple[str, ...]] = {  # compiled ignoring case: "NO LO TOME SI NO ESTÁ EMBARAZADA"
    "es": (r"\bsi\b", r"\ben caso de que\b"),
    "it": (r"\bse\b(?! stess)", r"\bqualora\b"),
    "el": (r"\b(?:αν|εάν|εαν)\b",),
    "vi": (r"\bnếu\b",),
    "ar": (r"(?<![^\sوف])(?:إذا|اذا|لو|إن(?= لم)|في حال(?:ة)?)(?!\w)",),  # also "وإذا"
    "fa": (r"(?<!\w)(?:اگر|چنانچه|در صورتی که|درصورتی\u200cکه)(?!\w)",),  # not "در صورت" (also "on the face")
    "pa_Guru": (r"(?<![\u0A00-\u0A7F])(?:ਜੇਕਰ|ਜੇ)(?![\u0A00-\u0A7F])",),
    "zh_Hans": _ZH_CONDITIONS,
    "zh_Hant": _ZH_CONDITIONS,
}

# What opens the main clause after a condition said without a comma, regexes over the text as written: Punjabi ਤਾਂ
# (then; not ਤਾਂ ਜੋ, ਤਾਂ ਕਿ, so that), Chinese 的话 (the condition's end) and 请勿, 请不要, 就不要 (the instruction's start).
# And "unless", which opens a condition of its own ("a meno che il medico non glielo dica").
_ZH_CONDITION_ENDS = ("(?<=的话)", "(?<=的話)", "[请請](?:勿|不要|别|別)", "就不要", "除非")
CONDITION_ENDS: dict[str, tuple[str, ...]] = {
    "es": (r"\b(?:a menos que|a no ser que|salvo que|excepto que)\b",),
    "it": (r"\b(?:a meno che|salvo che|tranne che|eccetto che)\b",),
    "el": (r"\bεκτός\b",),
    "vi": (r"\b(?:thì|trừ khi|trừ phi)\b",),
    "ar": (r"(?<=\s)ف(?=لا\s|يجب|عليك|توقف|اتصل)", r"(?<!\w)(?:ما لم|إلا إذا)(?!\w)"),
    "fa": (r"(?<!\w)مگر(?!\w)",),
    "pa_Guru": (r"(?<=\s)ਤਾਂ(?! ਜੋ| ਕਿ)(?![\u0A00-\u0A7F])", "ਜਦ(?:ੋਂ)? ਤ(?:ੱ)?ਕ"),
    "zh_Hans": _ZH_CONDITION_ENDS,
    "zh_Hant": _ZH_CONDITION_ENDS,
}

# Words that open a clause of a reason, a purpose or what follows otherwise, regexes folded as the text is (so no
# escape of theirs may be a capital), matched where a clause begins (its joining word of CLAUSE_JOINS included; those
# say where a clause may begin without a comma, these which clauses give a reason): its part of the day is not when the dose
# is taken ("Take it in the morning, as it may keep you awake at night" written "Tómelo por la noche, ya que puede
# desvelarle por la noche" fails; rules._doses_moved_between_parts_of_the_day). Not "so" (the clause after it is the
# instruction: "The effect lasts all night, so take it with your evening meal"), nor words that are also prepositions
# ("para la noche", "per la notte": "para" and "per" only before a verb, not a meal's: "para cenar" is when), nor
# Turkish and Punjabi reasons, which end their clause (-diği için, ਲਈ); not "vì vậy" (therefore), nor Arabic حتى and
# Persian تا before a part of the day (until the morning).
REASONS: dict[str, tuple[str, ...]] = {
    "en": (r"because\b", r"so that\b", r"in order to\b", r"otherwise\b", r"or else\b", r"(?:as|since) (?:it|they|this|these)\b",
           r"to (?:help (?:to )?)?(?:reduce|avoid|prevent|stop|lessen|lower|limit|protect)\b",
           r"so (?:you|it|they|that) (?:do not|does not|don't|doesn't|don’t|doesn’t|will not|won't|won’t|cannot|can't|can’t)\b"),
    "es": (r"porque\b", r"ya que\b", r"pues\b", r"dado que\b", r"puesto que\b", r"debido a que\b", r"para que\b",
           r"a fin de\b", r"con el fin de\b", r"de lo contrario\b",
           r"para (?:no )?(?!desayunar|cenar|comer|almorzar|merendar)\w+(?:ar|er|ir)(?:se|lo|la|le|los|las)?\b"),
    "it": (r"perch[ée]\b", r"poich[ée]\b", r"affinch[ée]\b", r"dato che\b", r"visto che\b", r"in modo da\b", r"cos[ìi] da\b",
           r"altrimenti\b",
           r"per (?:non )?(?!fare colazione|cenare|pranzare|mangiare)\w+(?:are|ere|ire|rre)(?:si|lo|la|le|li|ne)?\b"),
    "el": (r"επειδή\b", r"γιατί\b", r"διότι\b", r"καθώς\b", r"ώστε\b", r"για να\b", r"ειδάλλως\b",
           r"αλλιώς\b"),
    "tr": (r"çünkü\b",),
    # not "để" before a thing ("Để viên thuốc tự tan": let the tablet dissolve)
    "vi": (r"vì\b(?! (?:vậy|thế)\b)", r"bởi vì\b", r"để\b(?! (?:viên|thuốc|miếng|gói|lọ|chai|ống|kem|nơi|xa)\b)", r"nếu không\b", r"do (?:thuốc|nó|uống|dùng)\b"),
    # not لئلا (lest): folded, it is ليلاً (at night)
    "ar": (r"لأن(?:ه|ها|هم|ك)?\b", r"إذ\b", r"حتى(?! (?:ال)?صباح| المساء| الليل| النوم| موعد)\b", r"كي\b", r"لكي\b", r"كيلا\b", r"لكيلا\b", r"وإلا\b"),
    "fa": (r"زیرا\b", r"چون\b", r"چونکه\b", r"چرا که\b", r"از آنجا که\b", r"تا(?! (?:صبح|شب|عصر|ظهر|فردا))\b", r"برای اینکه\b",
           r"در غیر این صورت\b"),
    "pa_Guru": ("ਕਿਉਂਕਿ", "ਤਾਂ ਜੋ", "ਤਾਂ ਕਿ", "ਨਹੀਂ ਤਾਂ"),
    "zh_Hans": ("因为", "以免", "以便", "为了", "免得", "否则"),
    "zh_Hant": ("因為", "以免", "以便", "為了", "免得", "否則"),
}

# Purposes the clause reading (CLAUSE_JOINS, REASONS) does not cut, cut apart for the purpose rule and the parts of the
# day (rules._reasons_of), regexes over the text as written. Kept apart: those tables also say where a condition ends,
# and 如果您没有服药以降低血压 must stay one condition.
# Words that open a purpose in the middle of a clause, which runs to the clause's end: Chinese 以 or 为 before the
# purpose's verb (以预防血栓, 为避免脱水; not 可以, 所以, 作为, 认为) and 以防; Arabic ل written onto its verbal noun
# ("لمنع الجلطات", "لتجنب الجفاف", "للوقاية من"; not لمدة, للأطفال).
_ZH_PURPOSE_VERBS = "预防|防止|避免|减少|降低|减轻|保护|預防|減少|減輕|保護"
PURPOSE_OPENS: dict[str, tuple[str, ...]] = {
    "ar": (r"(?<![^\s\u0648\u0641])ل(?=(?:منع|تجنب|تفادي|تقليل|تخفيف|خفض|حماية|لوقاية)\w*)",),  # also after و, ف
    "zh_Hans": ("以防", f"(?<![可所难加予给得足])以(?={_ZH_PURPOSE_VERBS})", f"(?<![作认因成称行])为(?={_ZH_PURPOSE_VERBS})"),
    "zh_Hant": ("以防", f"(?<![可所難加予給得足])以(?={_ZH_PURPOSE_VERBS})", f"(?<![作認因成稱行])為(?={_ZH_PURPOSE_VERBS})"),
}
# Words that end a purpose, from their clause's start: Turkish
# "için" after a verbal noun ("Pıhtıları önlemek için çoraplarınızı giyin"), Punjabi ਲਈ after an infinitive ("ਥੱਕੇ
# ਰੋਕਣ ਲਈ"; not after a noun, "ਬੱਚਿਆਂ ਲਈ", for children).
PURPOSE_ENDS: dict[str, tuple[str, ...]] = {
    "tr": (r"(?<!\w)\w+(?:mek|mak|mesi|ması|memesi|maması|mamak|memek) için(?!\w)", r"(?<!\w)\w+ amacıyla(?!\w)"),
    "pa_Guru": (r"[\u0A00-\u0A7F]+[ਣਨ] ਲਈ(?![\u0A00-\u0A7F])",),
}

# "And" and "or", as written: the clause one joins to a clause of a reason goes on with the reason ("as it may make you
# dizzy or sleepy in the morning").
AND_OR: dict[str, tuple[str, ...]] = {
    "en": ("and", "or"), "es": ("y", "e", "o", "u"), "it": ("e", "ed", "o"), "el": ("και", "κι", "ή"), "tr": ("ve", "veya"),
    "vi": ("và", "hoặc"), "ar": ("و", "أو"), "fa": ("و", "یا"), "pa_Guru": ("ਅਤੇ", "ਜਾਂ"), "zh_Hans": ("并且", "或者"),
    "zh_Hant": ("並且", "或者"),
}

# "Lest" (以免, 免得): a negation that keeps the English's "so that you do not" but adds none to its "as you may feel
# dizzy" (以免头晕, "lest you feel dizzy"): the negation check counts it only where the English negates.
_ZH_LEST = ("以免", "免得")  # the same in both scripts
LEST: dict[str, tuple[str, ...]] = {
    "zh_Hans": _ZH_LEST,
    "zh_Hant": _ZH_LEST,
}

# -- things counted after a number, beyond the units of time ----------------------------
#
# "4 tablets in 24 hours" pairs 4 with tablets and 24 with hours; the numbers
# check compares the pairs, so "24 tablets in 4 hours" fails.

# "two vials of blood", "2 vials of your urine": samples taken, no dose (两管血)
SAMPLE = r" of (?:(?:your|the|a) )?(?:blood|urine)\b"

ENGLISH_COUNTED: dict[str, str] = {
    "tablet": r"tablets?|pills?|capsules?|lozenges?|pastilles?",
    "dose": r"doses?",
    "time": r"times",
    "drop": r"drops?",
    "injection": r"injections?",
    "sachet": r"sachets?",
    "puff": r"puffs?|sprays?|inhalations?|actuations?",
    # a dressing too: many languages' word for a patch is also one for a dressing (επίθεμα)
    "patch": r"patch(?:es)?|(?:gauze )?dressings?",
    "suppository": r"suppositor(?:y|ies)|pessar(?:y|ies)",
    # the spoon in the pack too ("2 measuring spoons"), which the translations' word for a spoonful also names
    "spoonful": r"(?:(?:measuring|dosing|medicine) )?(?:tea|table|dessert)?spoon(?:s|fuls?|sful)?|(?:measuring )?scoops?",
    "ampoule": rf"ampoules?|ampules?|vials?\b(?!{SAMPLE})",
}

# How the finding names more than one of each (the units' own labels say the rest).
COUNTED_PLURALS: dict[str, str] = {"patch": "patches", "suppository": "suppositories", "spoonful": "spoonfuls"}

# "over 12", "under 65" are ages, unless the number measures or counts something else: a time
# taken ("given over 2 hours", "lowered over 2 to 4 weeks"; so "babies under 3 months" is not
# read), a weight or temperature ("under 40 kg", "over 38°C") or doses ("over 4 doses").
_NOT_AN_AGE = (r"(?! [\d½ ]+(?:(?:to|or|and) [\d½ ]+)?(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|weeks?"
               r"|months?|kg|g|mg|mcg|micrograms?|milligrams?|grams?|kilos?|ml|l|mmol|c|f|degrees?|cm|mm|units?"
               r"|percent|per|" + "|".join(ENGLISH_COUNTED.values()) + r")(?= ))")

# Who an age in months or weeks is said of, right before its "over" or "under": "babies under 6 months" is an age,
# where "lowered over 2 to 4 weeks" is a time taken.
_AGED_IN_MONTHS = "(?:" + "|".join(f"(?<={who} )" for who in (
    "baby", "babies", "infant", "infants", "newborn", "newborns", "toddler", "toddlers", "child", "children", "aged",
    "ages")) + ")"

# Over or under a number with a unit that measures the body ("over 38°C", "under 7 mmol/L", a weight "under 40 kg"),
# in a folded line: a level, which translations say with words of level or of quantity ("por encima de 38 °C", "más
# de 38 °C", "低于38°C"), so the checks hold both (not an age, nor a time: "given over 2 hours").
ENGLISH_OVER_A_MEASURE = (r"(?<= )(?P<pole>over|above|under|below)"
                          r"(?= (?P<number>\d+)(?:[\d ]* (?:c|f|degrees?|mmol|mmhg|bpm|percent|beats?|breaths?"
                          r"|kg|kilos?|kilograms?|lbs?|pounds?)"
                          r"| \d{2,3}) )")  # and a blood pressure, "140/90" (folded "140 90")
# ... and after it: "38°C or higher", "50 beats a minute or lower", "4 mmol/L or less"
ENGLISH_MEASURE_OR_MORE = (r"(?<= )(?P<number>\d+)(?: \d+)* (?:c|f|degrees?(?: c| celsius| f)?|mmol(?: l)?|mmhg|bpm"
                           r"|percent|(?:beats?|breaths?)(?: (?:a|per) minute)?|kg|kilos?|kilograms?|lbs?|pounds?)"
                           r" or (?P<pole>higher|above|more|over|greater|lower|below|less|under)(?= )")

# Words that compare a number, over (0) or under (1): read only beside the number they govern, the English's
# threshold or limit ("over 38°C", "more than 8"), never as a sentence's more or less (a "dưới 4 mmol/L" beside
# "Take extra care" is no "less"). Turkish puts them after the number ("38 °C'nin altında", "8 tabletten az").
THRESHOLDS: dict[str, Poles] = {
    "es": (("mas de", "por encima de", "superior a", "superiores a", "mayor de", "mayor que", "supera*", "o mas",
            "o superior"),
           ("menos de", "por debajo de", "inferior a", "inferiores a", "menor de", "menor que", "baja de", "bajo",
            "o menos", "o inferior")),
    "it": (("piu di", "piu alt*", "sopra", "oltre", "superiore a", "superiori a", "maggiore di", "o piu", "o superiore"),
           ("meno di", "piu bass*", "sotto", "inferiore a", "inferiori a", "minore di", "o meno", "o inferiore")),
    "el": (("πανω απο", "ανω των", "ανω του", "περισσοτερ*", "μεγαλυτερ*", "ξεπερασ*"),
           ("κατω απο", "κατω των", "λιγοτερ*", "μικροτερ*")),
    "tr": (("fazla*", "uzerinde*", "uzerine", "ustunde*", "ustune", "asarsa", "gecerse", "ve uzeri", "veya uzeri"),
           ("az", "altinda*", "altina", "dusukse", "ve alti", "veya alti")),
    "vi": (("trên", "quá", "hơn", "vượt quá", "nhiều hơn", "trở lên"),
           ("dưới", "ít hơn", "không tới", "thấp hơn", "trở xuống")),
    "ar": (("اكثر من", "اعلى من", "يزيد عن", "تزيد عن", "يتجاوز", "تتجاوز", "فوق", "او اكثر", "او اعلى"),
           ("اقل من", "يقل عن", "تقل عن", "ادنى من", "تحت", "دون", "او اقل", "او ادنى")),
    "fa": (("بیش از", "بیشتر از", "بالای", "بالاتر از", "یا بیشتر", "یا بالاتر", "و بالاتر"),
           ("کمتر از", "زیر", "پایین\u200cتر از", "پایینتر از", "یا کمتر", "یا پایین\u200cتر", "و پایین\u200cتر")),
    "pa_Guru": (("ਤੋਂ ਵੱਧ", "ਤੋਂ ਜ਼ਿਆਦਾ", "ਤੋਂ ਉੱਪਰ", "ਜਾਂ ਵੱਧ"), ("ਤੋਂ ਘੱਟ", "ਤੋਂ ਹੇਠਾਂ", "ਜਾਂ ਘੱਟ")),
    "zh_Hans": (("超过", "高于", "多于", "以上", "大于"), ("低于", "少于", "不到", "以下", "小于")),
    "zh_Hant": (("超過", "高於", "多於", "以上", "大於"), ("低於", "少於", "不到", "以下", "小於")),
}

_ENGLISH_SWALLOWED_WHOLE = (r"re:(?:swallow\w*|take|takes|taken|taking)(?=(?: \w+){0,8}? whole(?! (?:course|day|days"
                            r"|time|treatment|pack|box|body|week|month|night|piece|of|glass|cup)\b) )")
_ENGLISH_CHEWED = r"re:chew(?!ing gum| gum)\w*(?= )"
_ENGLISH_CRUSHED = r"re:crush\w*(?= )(?! (?:chest |central )?pain| injur)"

ENGLISH_POLARITY: dict[str, Poles] = {
    # 12 and over, 65 years or older, 12 years of age and under; in months or weeks where the words make it an age
    "age": ((rf"re:over(?= \d){_NOT_AN_AGE}", r"re:over the age of(?= \d)", r"re:older than(?= \d)",
             r"re:(?<=\d )(?:years? (?:of age |old )?)?(?:and|or) (?:over|older|above)(?= )",
             rf"re:{_AGED_IN_MONTHS}over(?= \d+ (?:months?|weeks?) )", r"re:over(?= \d+ (?:months?|weeks?) (?:old|of age) )",
             r"re:(?<= months )(?:of age |old )?(?:and|or) (?:over|older|above)(?= )"),
            (rf"re:under(?= \d){_NOT_AN_AGE}", r"re:under the age of(?= \d)", r"re:younger than(?= \d)",
             r"re:(?<=\d )(?:years? (?:of age |old )?)?(?:and|or) (?:under|younger|below)(?= )",
             rf"re:{_AGED_IN_MONTHS}under(?= \d+ (?:months?|weeks?) )", r"re:under(?= \d+ (?:months?|weeks?) (?:old|of age) )",
             r"re:(?<= months )(?:of age |old )?(?:and|or) (?:under|younger|below)(?= )")),
    "severity": (("severe*", "serious*", "strong", "stronger", "intense"),
                 ("mild*", "slight*", "minor")),
    "level": (("high", "higher", "highest", "elevated", "above"),
              ("low", r"re:lower(?= )(?! (?:your|the|his|her|their|each) (?:[^ ]+ )?(?:dose|doses|dosage|insulin|tablets?) )",
               "lowest", "below")),
    "quantity": (("increas*", "more", "raise", "extra"),
                 ("decreas*", "reduc*", "less", "fewer", "taper*",
                  # "lower" as a verb of a dose, not "lower back", "lower than", "your blood sugar is lower"
                  "re:lower(?= (?:your|the|his|her|their|each) (?:[^ ]+ )?(?:dose|doses|dosage|insulin|tablets?) )")),
    # not the "later" of "no later than" (a negation, kept by "a más tardar", 最晚)
    "timing": (("before", "beforehand", "prior"), ("after", "afterwards", "afterward", "re:(?<!no )(?<!not )later(?= )")),
    "necessity": (("essential", "required", "must", "necessary", "mandatory", "compulsory"),
                  ("optional",)),
    "frequency": (("always",), ("sometimes", "occasionally")),
    "commonness": (("common", "commonly", "often", "frequent*"),
                   ("rare", "rarely", "uncommon", "seldom")),
    "safety": (("safe", "safely"), ("unsafe", "dangerous", "harmful")),
    "course": (("start*", "begin*", "resum*", "continu*", r"re:keep(?= \w+ing )"),  # "keep taking", not "keep it"
               ("stop*", "discontinu*", "cease*", "halt*")),
    # "up to 8 tablets" written "at least 8", "maximum" written "minimum"
    # not "up to date"; "Do not take more than 8" is a limit, as "no more than 8" (its "more" is left to quantity)
    "limit": (("maximum", "re:up to(?! date| you| now)", "at most", "no more than",
               r"re:(?:not|never|\w+n t)(?: \w+){0,3}(?= more than )",  # "don't", folded "don t"
               r"re:(?:not|never|\w+n t) (?:\w+ ){0,2}exceed\w*(?= )"),
              ("minimum", "at least", "no less than", "no fewer than")),
    "meals": (("with food", "with a meal", "with meals", "with your meal", "with your meals"),
              ("empty stomach",)),
    "spoon": (("teaspoon*", "tsp", "tsps", "tea spoon*"), ("tablespoon*", "tbsp", "tbsps", "tbs", "table spoon*", "soup spoon*", "soupspoon*")),
    # "swallow the tablets whole", "the whole tablet", not "the whole course" or "a whole piece"; "chew" not "chewing
    # gum"; "crush" not "crushing chest pain" (_ENGLISH_CHEWED, _ENGLISH_CRUSHED). Held in sentences that negate
    # nothing only (rules.polarity): "without chewing", "do not chew" are the negation check's.
    "chewing": ((_ENGLISH_SWALLOWED_WHOLE, "in one piece", "intact", "in their entirety", "in its entirety"),
                (_ENGLISH_CHEWED, _ENGLISH_CRUSHED)),
    # not "morning sickness"; breakfast is the morning's meal, dinner and supper the evening's (not lunch: "almuerzo"
    # and "comida" are a late breakfast, lunch or any meal, as the country goes)
    "part_of_day": (("re:morning(?! sickness)", "mornings", "re:(?:on|after) (?:waking|rising|getting up)(?= )",
                     "re:(?:when|after|once|as soon as) you (?:wake(?: up)?|get up)(?= )", "early in the day",
                     "re:at the (?:start|beginning) of (?:the|your) day(?= )", "first thing", "breakfast*",
                     "re:before (?:noon|midday)(?= )"),
                    ("afternoon", "afternoons", "evening", "evenings", "night", "nights", "nightly", "nighttime",
                     "tonight", "bedtime", "re:before (?:going to |you go to )?(?:bed|sleep)(?= )", "dinner*",
                     "supper*")),
    # Dry and wet, of a wound, a dressing, a cast, a patch or the skin. Not "moisture" or "humidity", which a
    # translation keeps a medicine away from ("Store in a dry place" as "protegido de la humedad"), nor
    # "moisturiser": the translations' poles leave those out too.
    "moisture": (("dry", "drier", "dries", "dried", "drying", "dryness"),
                 ("wet", "wets", "wetted", "wetting", "damp", "moist", "moisten*", "soak", "soaks", "soaked",
                  "soaking", "soggy")),
}

# Left and right of the body, and on the left or right: not "left" as what remains ("the tablets left"), nor
# "right away", "all right", "the right dose".
ENGLISH_SIDED = (r"(?= (?:lower |upper )?(?:side|sided|hand|hands|arm|arms|leg|legs|eye|eyes|ear|ears|foot|feet|knee"
                  r"|knees|hip|hips|breast|breasts|kidney|lung|shoulder|shoulders|wrist|ankle|elbow|groin|thigh"
                  r"|buttock|chest|flank|abdomen|belly|back|nostril|ovary|testicle|lobe|cheek|jaw|calf|heel|toe|thumb"
                  r"|finger|hemisphere|ventricle) )")
ENGLISH_POLARITY["urgency"] = (
    ("immediately", "straight away", "straightaway", "right away", "at once", "urgently", "urgent", "without delay",
     "as soon as possible", "asap", "right now", "promptly"),
    ("tomorrow", "next week", "the next day", "the following day", "in a few days", "within a few days",
     "next appointment", "when convenient", "when it suits you"))
ENGLISH_POLARITY["side"] = (("re:left" + ENGLISH_SIDED, "re:(?<= on the |on your | to the |to your )left(?= )"),
                            ("re:right" + ENGLISH_SIDED, "re:(?<= on the |on your | to the |to your )right(?= )"))

# Vietnamese morning and evening, not "ánh sáng" (light), "vàng sáng" (light yellow), "tối đa" (at most), "tối
# thiểu" (at least), "tối ưu" (best)
_VI_MORNING = "re:(?<!ánh )(?<!màu )(?<!vàng )(?<!xanh )(?<!phát )sáng(?= )"
_VI_EVENING = "re:tối(?= )(?! (?:đa|thiểu|ưu) )"

def _swallowed_whole(swallow: str, whole: str, before: int = 5, after: int = 3) -> tuple[str, str]:
    """The "swallowed whole" pole of a language: a word for whole (``whole``, a regex over folded text) within
    ``before`` words after a verb of swallowing or taking (``swallow``), or ``after`` words before one ("Trague el
    comprimido entero", "bütün olarak yutunuz"). Matched as the verb or the word alone, the rest looked ahead: a long
    match would hide another concept's pole in the same sentence."""
    return (rf"re:(?:{swallow})[^ ]*(?=(?: [^ ]+){{0,{before}}}? (?:{whole}) )",
            rf"re:(?:{whole})(?=(?: [^ ]+){{0,{after}}}? (?:{swallow})[^ ]* )")


# 整片吞服, 整片服用: whole before a verb of swallowing or taking; 嚼 not in 咀嚼片, a chewable tablet's name
_ZH_CHEWING = (("re:(?:整片|整粒|整颗|整顆|整錠|整锭|整个|整個|完整)(?=[^，。；,;]{0,4}?[吞服])", "re:吞服整"),
               ("re:嚼(?![片錠锭胶膠])", "压碎", "壓碎", "碾碎", "磨碎", "捣碎", "搗碎", "研碎", "研磨", "磨成粉", "咬碎", "掰碎"))


# A teaspoon and a tablespoon: 汤匙 and 汤勺 are any spoon too (勿用家用汤匙), a tablespoon only after a number or 大
_ZH_SPOONS = (("茶匙", "茶勺", "小勺", "小匙", "小汤匙", "小湯匙", "小汤勺", "小湯勺"),
              ("re:(?<=[一二两兩三四五六七八九十半0-9 大])(?:汤匙|湯匙|汤勺|湯勺)", "大勺", "大匙", "羹匙"))

POLARITY: dict[str, dict[str, Poles]] = {
    "es": {
        # "menores de 12" needs no años: plural, it mostly speaks of people ("mayor de 38 °C" is a
        # temperature), and an English number that measures something is no age anyway
        "age": ((r"re:(?:mayor de|a partir de|de mas de)(?= \d+ (?:anos|meses|semanas))", r"re:mayores de(?= \d)",
                 r"re:(?<=\d )(?:anos|meses|semanas) (?:o|y) (?:mas|mayores)(?= )"),
                (r"re:(?:menor de|de menos de)(?= \d+ (?:anos|meses|semanas))", r"re:menores de(?= \d)",
                 r"re:(?<=\d )(?:anos|meses|semanas) (?:o|y) (?:menos|menores)(?= )")),
        "severity": (("grave", "graves", "sever*", "intens*", "fuerte*"),
                     ("leve", "leves", "ligera*", "ligero*")),
        "level": (("alto", "alta", "altos", "altas", "elevad*", "superior", "superiores", "por encima"),
                  ("bajo", "baja", "bajos", "bajas", "inferior", "inferiores", "por debajo")),
        "quantity": (("aument*", "mas", "mayor", "mayores", "increment*", r"re:sub(?:a|an|e|en|ir|ira|iran|iendo)(?= )"),
                     # reduzca; not the "menos" of "a menos que", "a menos de que" (unless)
                     ("disminu*", "reduc*", "reduz*", "rebaj*", r"re:(?!(?<=a )menos (?:de )?que )menos(?= )",
                      "menor", "menores", "baj*")),
        # "previas a", "posteriores a": the hours before or after something; a "dosis previa" is no timing
        # not "lo antes posible", "cuanto antes" (as soon as possible)
        "timing": ((r"re:(?<!cuanto )antes(?= )(?! posible )", r"re:previ[oa]s? al?(?= )"),
                   ("despues", "tras", "luego", r"re:posterior(?:es)? al?(?= )")),
        "necessity": (("imprescindible*", "esencial*", "obligatori*", "necesari*"),
                      ("opcional*", "optativ*", "voluntari*")),
        "frequency": (("siempre",), ("a veces", "ocasionalmente", "de vez en cuando")),
        "commonness": (("frecuente*", "comun", "comunes", "a menudo", "con frecuencia"),
                       ("raro", "rara", "raros", "raras", "raramente", "infrecuente*", "poco frecuente*",
                        "poco comun*")),
        "safety": (("segur*",), ("peligros*", "insegur*", "dañin*")),
        "course": (("empez*", "empiec*", "comenz*", "comienc*", "inici*", "reanud*", "continu*", "siga", "sigue", "seguir"),
                   ("suspend*", "interrump*", "re:deten(?!idamente)[^ ]*", "detien*", "deje de", "dejar de", "pare")),
        "part_of_day": (("la manana", "las mananas", "cada manana", "esta manana", "por la manana", "de la manana", "matutin*",
                         "matinal*", "al levantarse", "al despertar*", "desayun*",
                         "nada mas levantarse", "re:a primera hora(?! de la (?:tarde|noche))", "temprano en el dia",
                         "re:antes del? mediodia(?= )"),
                        ("la tarde", "las tardes", "cada tarde", "esta tarde", "noche", "noches", "nocturn*", "esta noche",
                         "vespertin*", "al acostarse", "antes de acostarse", "antes de dormir", "re:(?:al|antes de) irse a la cama(?= )",
                         "re:cen(?:a|as|ar|e|en|ando)(?= )")),
        "limit": (("maximo", "maxima", "maximos", "maximas", "como maximo", "como mucho", "a lo sumo", "no mas de"),  # not minimizar
                  ("minimo", "minima", "minimos", "minimas", "al menos", "como minimo", "por lo menos")),
        "meals": (("con comida", "con alimentos", "con la comida", "con las comidas", "durante las comidas", "estomago lleno"),
                  ("en ayunas", "estomago vacio", "lejos de las comidas", "fuera de las comidas", "entre comidas")),
        "spoon": (("cucharadita*", "cucharilla*", "cucharita*", "cucharada de cafe", "cucharadas de cafe", "cuchara de cafe", "cucharas de cafe"), ("re:cucharadas?(?!(?: de)? (?:5|2 5) ml )(?= )", "cuchara sopera", "cucharas soperas", "cuchara de sopa", "cucharas de sopa")),
        # chewed: not after "sin" ("sin masticar" says whole); "re:" patterns are over folded text (Arabic ك as ک)
        "chewing": (_swallowed_whole('trag|degl|ingi|inger|tom', 'enter[oa]s?|intact[oa]s?|tal cual|sin mastic[^ ]*|sin tritur[^ ]*|sin partir[^ ]*'),
                    ('re:(?<!sin )(?<!sin masticar ni )(?<!sin masticar o )(?:mastic|mastiq|tritur|machac|machaq|aplast|masque|mascar|pulveriz|muel|moler)[^ ]*(?= )',)),
    },
    "it": {
        "age": ((r"re:(?:sopra|oltre) (?:i|gli)(?= \d+ (?:anni|mesi|settimane))", r"re:al di sopra de(?:i|gli)(?= \d+ (?:anni|mesi|settimane))",
                 r"re:maggior\w* di(?= \d+ (?:anni|mesi|settimane))", r"re:con piu di(?= \d+ (?:anni|mesi|settimane))",
                 r"re:di eta superiore a(?:i|gli|l)?(?= \d+ (?:anni|mesi|settimane))", r"re:a partire da(?:i|gli)?(?= \d+ (?:anni|mesi|settimane))",
                 r"re:(?<=\d )(?:anni|mesi) (?:e|o) (?:piu|oltre)(?= )"),
                (r"re:sotto (?:i|gli)(?= \d+ (?:anni|mesi|settimane))", r"re:al di sotto de(?:i|gli)(?= \d+ (?:anni|mesi|settimane))",
                 r"re:minor\w* di(?= \d+ (?:anni|mesi|settimane))", r"re:con meno di(?= \d+ (?:anni|mesi|settimane))",
                 r"re:di eta inferiore a(?:i|gli|l)?(?= \d+ (?:anni|mesi|settimane))", r"re:(?<=\d )(?:anni|mesi) (?:e|o) meno(?= )")),
        "severity": (("grave", "gravi", "sever*", "intens*", "forte", "forti"),
                     ("lieve", "lievi", "legger*")),
        "level": (("alto", "alta", "alti", "alte", "elevat*", "superiore", "superiori", "al di sopra"),
                  ("basso", "bassa", "bassi", "basse", "inferiore", "inferiori", "al di sotto")),
        # "Alzi la dose" (raise it), not "si alzi" (stand up)
        "quantity": (("aument*", "piu", "maggior*", "increment*",
                      "re:alz(?:i|are|ate|ando|ero|era|eremo)(?= (?:la|il|le|i) (?:dose|dosi|dosaggio|dosaggi) )"),
                     # not the "meno" of "a meno che", "a meno di diversa indicazione" (unless; "a meno di 25" is less)
                     ("diminu*", "riduc*", "ridott*", "ridurre", r"re:(?!(?<=a )meno (?:che|di [^\d ]))meno(?= )",
                      "minor*", "scalar*", "abbass*")),
        # "successive all'", "precedenti l'": the hours after or before something; a "dose successiva" is none
        "timing": ((r"re:(?<!per )prima(?= )(?! possibile | cosa )", r"re:precedent[ei] (?:a|al|alla|all|allo|ai|agli|alle|l|la|il|lo|i|gli|le)(?= )"),
                   ("dopo", "poi", "successivamente",
                    r"re:successiv[aeio] (?:a|al|alla|all|allo|ai|agli|alle)(?= )")),
        "necessity": (("essenzial*", "indispensabil*", "obbligatori*", "necessari*"),
                      ("facoltativ*", "opzional*")),
        "frequency": (("sempre",), ("a volte", "talvolta", "qualche volta", "occasionalmente")),
        "commonness": (("comun*", "frequent*", "spesso"), ("rar*", "raramente", "poco comun*")),
        "safety": (("sicur*",), ("pericolos*", "insicur*", "dannos*")),
        "course": (("inizi*", "cominci*", "riprend*", "ripres*", "continu*", "prosegu*"),
                   ("interromp*", "interrott*", "sospend*", "sospes*", "smett*", "ferm*")),
        "part_of_day": (("mattin*", "mattutin*", "al risveglio", "appena alzat*", "dopo essersi alzat*", "colazion*",
                         "appena svegli*", "prima di mezzogiorno", "presto durante la giornata",
                         "all inizio della giornata"), ("pomeriggio", "sera", "sere", "serale", "serali", "serata", "stasera", "notte",
                                                "notti", "nottur*", "prima di coricarsi", "prima di dormire", "prima di andare a letto",
                                                "re:cen(?:a|e|are|ato|i)(?= )")),
        "limit": (("massimo", "massima", "massimi", "massime", "al massimo", "non piu di"),
                  ("minimo", "minima", "minimi", "minime", "almeno", "come minimo", "per lo meno")),
        "meals": (("con il cibo", "con cibo", "con del cibo", "ai pasti", "durante i pasti", "durante il pasto", "con i pasti",
                   "con un pasto", "insieme al cibo", "insieme ai pasti", "a stomaco pieno"),
                  ("a digiuno", "stomaco vuoto", "lontano dai pasti")),
        "spoon": (("cucchiain*", "cucchiaio da caffe", "cucchiai da caffe", "cucchiaio da te", "cucchiai da te"), ("re:cucchiaio?(?! dosator| misurator| graduat| da cucina| di casa| da caffe| da te )(?= )", "cucchiaiata", "cucchiaiate")),
        "chewing": (_swallowed_whole('deglut|ingoi|inghiott|ingeri|assum|prend', 'inter[aoie]|integr[aoie]|senza mastic[^ ]*|senza frantum[^ ]*|senza tritur[^ ]*'),
                    ('re:(?<!senza )(?<!senza masticarla ne )(?<!senza masticarle ne )(?:mastic|frantum|tritur|sbriciol|schiacci|polverizz)[^ ]*(?= )',)),
    },
    "el": {
        "age": ((r"re:(?:ανω των|πανω απο|μεγαλυτερ\w* (?:των|απο))(?= \d+ (?:ετων|ετη|χρονων|χρονια|μηνων|μηνεσ))",
                 r"re:(?<=\d )(?:ετων|χρονων|μηνων) και (?:ανω|πανω)(?= )"),
                (r"re:(?:κατω των|κατω απο|μικροτερ\w* (?:των|απο))(?= \d+ (?:ετων|ετη|χρονων|χρονια|μηνων|μηνεσ))",
                 r"re:(?<=\d )(?:ετων|χρονων|μηνων) και κατω(?= )")),
        "severity": (("σοβαρ*", "εντον*", "ισχυρ*"), ("ηπι*", "ελαφρ*")),
        "level": (("υψηλ*", "αυξημεν*", "πανω απο", "ανω του"), ("χαμηλ*", "κατω απο")),
        "quantity": (("αυξ*", "περισσοτερ*", "μεγαλυτερ*", "ανεβασ*"), ("μειω*", "λιγοτερ*", "μικροτερ*", "κατεβασ*")),
        "timing": (("πριν",), ("μετα",)),
        "necessity": (("απαραιτητ*", "υποχρεωτικ*", "αναγκαι*"), ("προαιρετικ*",)),
        "frequency": (("παντα",), ("μερικες φορες", "καποιες φορες", "περιστασιακα")),
        "commonness": (("συχν*", "συνηθ*"), ("σπανι*",)),
        "safety": (("ασφαλ*",), ("επικινδυν*", "επιβλαβ*")),
        "course": (("ξεκιν*", "αρχισ*", "αρχιζ*", "συνεχ*"), ("σταματ*", "διακοψ*", r"re:διακοπ(?!εσ |ων )[^ ]*")),  # not διακοπές (holidays; folded, its ς is σ)
        "part_of_day": (("re:πρωι(?!μ)[^ ]*", "προγευμα*", "re:(?:μολισ|οταν|αφου) (?:ξυπνησ|σηκωθ)[^ ]*",
                         "με το ξυπνημα", "re:νωρισ (?:μεσα )?(?:στην |την )?(?:ημερα|μερα)(?= )",
                         "re:πριν (?:απο )?το μεσημερι(?= )"), ("δειπν*", "απογευμα*", "re:βραδυ(?! (?:σφυγμ|ρυθμ|καρδιακ))", "βραδια*", "βραδιν*",
                                               "νυχτα*", "νυχτεριν*", "αποψε", "κατακλιση*", "re:πριν (?:απο )?τον υπνο(?= )",
                                               "re:πριν (?:να )?πεσετε (?:για )?υπνο(?= )", "re:πριν (?:να )?κοιμηθ[^ ]*")),
        "limit": (("μεγιστη", "μεγιστο", "μεγιστης", "μεγιστου", "μεγιστες", "μεγιστοι", "μεγιστα", "μεγιστων",
                   "μεγιστους", "το πολυ"),
                  ("ελαχιστη", "ελαχιστο", "ελαχιστης", "ελαχιστου", "ελαχιστες", "ελαχιστοι", "ελαχιστα",
                   "ελαχιστων", "ελαχιστους", "τουλαχιστον")),
        "meals": (("με φαγητο", "με τροφη", "με το γευμα", "με τα γευματα", "γεματο στομαχι"),
                  ("αδειο στομαχι", "νηστικ*", "μακρια απο τα γευματα", "μακρια απο το φαγητο", "αναμεσα στα γευματα")),
        "spoon": (("κουταλάκι*", "κουταλιά του γλυκού", "κουταλιές του γλυκού", "κουτάλι του γλυκού", "κουτάλια του γλυκού"), ("της σούπας", "κουτάλι σούπας", "κουταλιά σούπας", "κουταλιές σούπας", "μεγάλο κουτάλι")),
        "chewing": (_swallowed_whole('καταπ|λαμβαν|παιρν', 'ολοκληρ(?:ο|η|α|εσ|ουσ|ου|ησ|ων|οσ)|ακεραι[^ ]*|χωρισ να (?:τ[οα] )?μασ[^ ]*'),
                    ('re:(?<!χωρισ να )(?<!χωρισ να το )(?<!χωρισ να τα )(?:μασησ|μασατε|μασιε|μασιου|μασηθ|μασημ|μασων|μασωμ|μασηση|θρυμματ|συνθλιψ|συνθλιβ|λιωσ)[^ ]*(?= )',)),
    },
    "tr": {
        # "12 yaş ve üzeri", "12 yaşından büyük"; "12 yaş altı", "12 yaşından küçük"
        "age": ((r"re:(?<=\d )(?:yas|aylik|haftalik)\w* (?:ve )?(?:ust\w*|uzer\w*|buyuk\w*)(?= )",),
                (r"re:(?<=\d )(?:yas|aylik|haftalik)\w* (?:ve )?(?:alt\w*|kucuk\w*)(?= )",)),
        "severity": (("siddetli*", "ciddi*", "agir*"), ("hafif*",)),
        "level": (("yuksek*",), ("dusuk*",)),
        "quantity": (("artir*", "arttir*", "artis*", "artar", "artan*", "fazla*", "daha cok", "yukselt*"),
                     ("azalt*", "azal*", "dusur*", "daha az")),
        # not "bir an önce" (as soon as possible), nor "öğleden sonra" (afternoon)
        "timing": ((r"re:(?<!bir an )once[^ ]*",), ("re:(?<!ogleden )sonra[^ ]*",)),
        "necessity": (("gerekli*", "zorunlu*", "sart*", "mutlaka"), ("istege bagli", "opsiyonel*", "secmeli")),
        "frequency": (("her zaman", "daima"), ("bazen", "ara sira")),
        "commonness": (("sik", "sik sik", "yaygin*"), ("nadir*", "seyrek*")),
        "safety": (("guvenli*", "guvenle"), ("tehlikeli*", "guvensiz*", "zararli*")),
        # "almayı kesin" (stop taking), not "kesin" (certain) nor "kesinlikle" (absolutely)
        "course": (("basla*", "devam*"), ("birak*", "durdur*", r"re:[^ ]*m[ae]yi kes(?:in|iniz|mek|meniz)(?= )")),
        "part_of_day": (("re:sabah(?!lam|lay|a karsi)[^ ]*", "uyaninca", "uyandiginizda", "kahvalti*", "gune baslarken",
                         "gunun erken saatlerinde", "gunun basinda", "ogleden once"), ("re:aksam(?!dan kalma)[^ ]*", "re:(?<!\\d )(?<!on )(?<!yirmi )(?<!ceyrek )(?<!bes )gece(?= )(?! yari)", "ikindi*",
                                             "geceleri", "geceleyin", "gecenin", "ogleden sonra", "yatmadan", "uyumadan once")),
        "limit": (("maksimum", "en fazla", "azami"), ("minimum", "en az", "asgari")),
        "meals": (("yemekle", "yemeklerle", "yemek ile", "tok karnina"), ("ac karnina", "mide bosken")),
        "spoon": (("çay kaşığ*", "çay kaşık*"), ("yemek kaşığ*", "yemek kaşık*", "çorba kaşığ*", "çorba kaşık*")),
        "chewing": (_swallowed_whole('yut', 'butun olarak|butun halde|butun halinde|butunuyle|cignemeden|cignemeksizin|oldugu gibi|ezmeden|kirmadan', 5, 4),
                    ('re:cigne(?!meden|meksizin|nmeden|nmeksizin|mey)[^ ]*(?= )', 'ezin', 'eziniz', 'ezerek', 'ezip', 'ezilmis*', 'ezilerek', 'ezilebilir', 'toz haline')),
    },
    "vi": {
        "age": ((r"re:trên(?= \d+ (?:tháng |tuần )?tuổi)", r"re:(?<=\d )(?:tháng |tuần )?tuổi trở lên(?= )"),
                (r"re:(?:dưới|chưa đủ)(?= \d+ (?:tháng |tuần )?tuổi)", r"re:(?<=\d )(?:tháng |tuần )?tuổi trở xuống(?= )")),
        "severity": (("nặng", "nghiêm trọng", "dữ dội"), ("nhẹ",)),
        "level": (("cao",), ("thấp",)),
        "quantity": (("tăng", "nhiều hơn", "thêm", "nâng"), ("giảm", "ít hơn", "bớt")),
        "timing": (("trước",), ("sau",)),
        "necessity": (("bắt buộc", "cần thiết", "thiết yếu"), ("tùy chọn", "tuỳ chọn")),
        "frequency": (("luôn", "luôn luôn"), ("đôi khi", "thỉnh thoảng")),
        "commonness": (("thường gặp", "phổ biến", "thường xuyên", "hay gặp"), ("hiếm",)),
        "safety": (("an toàn",), ("nguy hiểm", "có hại")),
        "course": (("bắt đầu", "tiếp tục"), ("ngừng", "dừng", "ngưng")),
        "part_of_day": (("buổi sáng", "mỗi sáng", "sáng sớm", "ban sáng", "sáng nay", "thức dậy", "ngủ dậy", "bữa sáng",
                    "ăn sáng", "điểm tâm", "sớm trong ngày", "trước buổi trưa", "trước trưa"),
                   ("buổi chiều", "mỗi chiều", "chiều nay", "buổi tối", "mỗi tối", "tối nay", "ban đêm", "buổi đêm",
                    "mỗi đêm", "đêm nay", "khuya", "re:trước khi (?:đi )?ngủ(?= )", "bữa tối", "ăn tối", "bữa ăn tối",
                    "cơm tối")),
        "limit": (("tối đa", "không quá"), ("tối thiểu", "ít nhất")),
        "meals": (("trong bữa ăn", "cùng bữa ăn", "cùng với bữa ăn", "trong khi ăn", "cùng với thức ăn", "cùng thức ăn",
                   "bụng no", "khi no"),
                  ("bụng đói", "lúc đói", "xa bữa ăn", "giữa các bữa ăn")),
        "spoon": (("thìa cafe", "muỗng cafe", "thìa café", "muỗng café", "thìa cà phê", "muỗng cà phê", "thìa nhỏ", "muỗng nhỏ"),
                  ("thìa xúp", "muỗng xúp", "thìa canh", "muỗng canh", "thìa súp", "muỗng súp", "thìa lớn", "muỗng lớn", "thìa to", "muỗng to")),
        "chewing": (_swallowed_whole('nuốt|uống', 'nguyên viên|nguyên cả viên|cả viên|nguyên vẹn'),
                    ('re:(?<!không )(?<!đừng )(?<!chớ )(?:nhai|nghiền|giã|tán nhỏ|tán thành bột|bẻ nhỏ|cắn vỡ)(?= )',)),
    },
    "ar": {
        "age": ((r"re:(?:فوق|اکبر من|اکثر من|تزید اعمارهم عن|یزید عمره عن)(?= (?:سن )?\d+ [^ ]*(?:عام|سن|شهر|اسابیع))",
                 r"re:(?<=\d )[^ ]*(?:عام|سن|شهر)[^ ]* (?:فاکثر|فما فوق)(?= )"),
                (r"re:(?:دون|تحت|اصغر من|اقل من|تقل اعمارهم عن|یقل عمره عن)(?= (?:سن )?\d+ [^ ]*(?:عام|سن|شهر|اسابیع))",)),
        "severity": (("*شديد*", "*حاد", "*حادة", "*خطير*"), ("*خفيف*", "*بسيط*", "*طفيف*")),
        "level": (("*مرتفع*", "عال*", "اعلى", "*ارتفاع"), ("*منخفض*", "ادنى", "*انخفاض")),
        "quantity": (("*زياد*", "*يزيد", "*تزيد", "اكثر", "*رفع"), ("*تقليل", "*تقلل", "*يقلل", "*خفض",
                                                                    "*خفيض", "*نقص", "اقل")),
        # not بعد الظهر, بعد الظهيرة (afternoon)
        "timing": (("قبل", "وقبل", "فقبل"), ("re:[وف]?بعد(?= )(?! (?:ال)?ظه(?:ر|یر))", "بعدها")),
        "necessity": (("*ضروري*", "*الزامي*", "*لازم*"), ("*اختياري*",)),
        "frequency": (("*دائما",), ("*احيانا",)),
        "commonness": (("*شائع*", "غالبا", "كثيرا"), ("*نادر*",)),
        "safety": (("*امن", "*امنة", "بامان"), ("*خطير*", "*ضار", "*ضارة")),
        "course": (("*بدء", "*يبدا", "*تبدا", "re:و?ابدا(?= (?:بت|بال|باستخدام|تناول|استخدام|في |فی ))", "*استئناف", "*استمرار", "*يستمر", "*تستمر", "استمر", "واستمر",
                    "*واصل*"),
                   ("*توقف*", "*ايقاف", "*اوقف*")),
        # the most, the least: "الحد الأقصى للجرعة" (the maximum dose), "على الأقل" (at least)
        "limit": (("الأقصى", "أقصى", "أقصاه", "على الأكثر"), ("الأدنى", "على الأقل", "كحد أدنى")),
        "meals": (("مع الطعام", "مع الأكل", "مع الاكل", "مع الوجبات", "مع وجبات", "مع وجبة", "مع الوجبة", "أثناء الأكل",
                   "اثناء الاكل",
                   "معدة ممتلئة"),
                  ("معدة فارغة", "على الريق", "بعيدا عن الطعام", "بعيدا عن الأكل", "بعيدا عن الوجبات", "بين الوجبات")),
        "part_of_day": (("re:(?:و|ف|ب|ل|ال|بال|وال)?صباح[^ ]*", "عند الاستيقاظ", "بعد الاستيقاظ", "فور الاستيقاظ", "فور استيقاظك", "في وقت مبكر من اليوم", "في بداية اليوم", "قبل الظهر",
                         "re:(?:و|ف|ب|ل|ال|بال|وال|لل)?فطور(?= )"),
                        ("*مساء*", "*مسائ*", "ليلا", "بالليل", "re:(?<!منتصف )اللیل(?= )", "الليلة", "ليلي*", "الليلي*",
                                                   "بعد الظهر", "قبل النوم", "عند النوم", "وقت النوم", "الخلود الى النوم",
                                                   "re:(?:و|ف|ب|ل|ال|بال|وال|لل)?عشاء(?= )")),
        "spoon": (("*ملعقة صغيرة", "*ملاعق صغيرة", "*ملعقتين صغيرتين", "*ملعقتان صغيرتان", "*ملعقة شاي", "*ملعقتي شاي",
                   "*ملاعق شاي", "*ملعقة الصغيرة", "*ملعقة الشاي"),
                  ("*ملعقة كبيرة", "*ملاعق كبيرة", "*ملعقتين كبيرتين", "*ملعقتان كبيرتان", "*ملعقة طعام", "*ملعقتي طعام",
                   "*ملاعق طعام", "*ملعقة الكبيرة", "*ملعقة مائدة", "*ملعقة حساء")),
        "chewing": (_swallowed_whole('[^ ]*(?:بلع|بتلع)|تناول|یتناول', 'کاملا|کاملة|کامله|باکمله|بالکامل|کما هو|کما هی|دون مضغ|بدون مضغ'),
                    ('re:(?<!دون )(?<!بدون )(?<!غیر )(?<!او )[^ ]*(?:مضغ|سحق|هرس|طحن|فتت)[^ ]*(?= )',)),
    },
    "fa": {
        "age": ((r"re:(?:بالای|بیش از|بیشتر از)(?= \d+ (?:سال|ماه|هفته))", r"re:(?<=\d )(?:سال|ماه) به بالا(?= )"),
                (r"re:(?:زیر|کمتر از)(?= \d+ (?:سال|ماه|هفته))", r"re:(?<=\d )(?:سال|ماه) به پایین(?= )")),
        "severity": (("شدید", "جدی", "حاد"), ("خفیف", "جزئی", "ملایم")),
        "level": (("بالا", "بالای", "بالاتر"), ("پایین", "پایینتر", "پایین\u200cتر")),
        "quantity": (("افزایش*", "بیشتر", "زیاد*"), ("کاهش*", "کمتر", "کم")),
        "timing": (("قبل", "پیش از"), ("re:بعد(?= )(?! از ظهر)", "پس از")),  # not بعد از ظهر (afternoon)
        "necessity": (("ضروری", "الزامی", "لازم"), ("اختیاری",)),
        "frequency": (("همیشه",), ("گاهی*",)),
        "commonness": (("شایع*", "اغلب", "معمول*"), ("نادر*", "به ندرت", "بندرت")),
        "safety": (("بی\u200cخطر", "بیخطر", "ایمن*"), ("خطرناک*", "ناامن*", "مضر*")),
        "course": (("شروع*", "آغاز*", "ادامه*"), ("قطع*", "متوقف*", "توقف*")),
        "limit": (("حداکثر",), ("حداقل", "دست کم", "دستکم")),
        "meals": (("همراه غذا", "همراه با غذا", "با غذا", "همراه وعده*", "همراه با وعده*", "با وعده*"),
                  ("ناشتا", "معده خالی", "شکم خالی")),
        "part_of_day": (("صبح", "صبحها", "صبح\u200cها", "صبحگاه*", "بامداد*", "پس از بیدار شدن", "بعد از بیدار شدن",
                         "صبحانه*", "قبل از ظهر"),
                        ("re:(?<!نصف )(?<!نیمه )شب(?! ادراری)(?= )", "شبها", "شب\u200cها", "re:شبانه(?! روز)(?= )", "امشب", "عصر", "عصرها",
                         "بعد از ظهر", "بعدازظهر", "قبل از خواب", "پیش از خواب", "هنگام خواب", "موقع خواب", "شام", "قبل از خوابیدن",
                         "پیش از خوابیدن")),
        "spoon": (("قاشق چای\u200cخوری", "قاشق چایخوری", "قاشق چای خوری"), ("re:قاشق (?:غذاخوری|غذا خوری|غذا\u200cخوری)(?! معمولی)(?= )", "قاشق سوپ\u200cخوری", "قاشق سوپخوری", "قاشق سوپ خوری")),
        "chewing": (_swallowed_whole('ببلع|بلعید|قورت|مصرف', r'به طور کامل|به\u200cطور کامل|بطور کامل|کامل|درسته|بدون جویدن', 4, 4),
                    ('بجوید', 'بجوند', 'جویده شود', 're:(?<!بدون )جویدن(?= )', 'خرد کنید', 'خرد شود', 'خرد شده', 'خرد کرد*', 'له کنید', 'پودر کنید', 'بکوبید')),
    },
    "pa_Guru": {
        "age": ((r"re:(?<=\d )(?:ਸਾਲ|ਮਹੀਨੇ|ਮਹੀਨਿਆਂ) ਤੋਂ (?:ਵੱਧ|ਉੱਪਰ|ਉਪਰ|ਜ਼ਿਆਦਾ|ਵੱਡੇ)(?= )",),
                (r"re:(?<=\d )(?:ਸਾਲ|ਮਹੀਨੇ|ਮਹੀਨਿਆਂ) ਤੋਂ (?:ਘੱਟ|ਛੋਟੇ)(?= )",)),
        "severity": (("ਗੰਭੀਰ", "ਤੀਬਰ", "ਸਖ਼ਤ"), ("ਹਲਕ*",)),
        "level": (("ਉੱਚ*",), ("ਨੀਵ*",)),
        # not the limit's ਵੱਧ ਤੋਂ ਵੱਧ (at most), ਘੱਟ ਤੋਂ ਘੱਟ and ਘੱਟੋ ਘੱਟ (at least)
        "quantity": (("ਵਧ*", r"re:(?<!ਵੱਧ ਤੋਂ )ਵੱਧ(?= )(?! ਤੋਂ ਵੱਧ )", "ਜ਼ਿਆਦਾ", "ਵਧੇਰੇ"),
                     (r"re:ਘਟ(?!ੋ ਘੱਟ )[^ ]*", r"re:(?<!ਘੱਟ ਤੋਂ )(?<!ਘੱਟੋ )ਘੱਟ(?= )(?! ਤੋਂ ਘੱਟ )")),
        "timing": (("ਪਹਿਲਾਂ",), ("ਬਾਅਦ", "ਪਿੱਛੋਂ")),
        "necessity": (("ਜ਼ਰੂਰੀ", "ਲਾਜ਼ਮੀ"), ("ਵਿਕਲਪਿਕ",)),
        "frequency": (("ਹਮੇਸ਼ਾ", "ਹਮੇਸ਼ਾਂ"), ("ਕਦੇ ਕਦੇ", "ਕਦੀ ਕਦੀ", "ਕਦੇ ਕਦਾਈਂ")),
        "commonness": (("ਆਮ", "ਅਕਸਰ"), ("ਦੁਰਲੱਭ", "ਘੱਟ ਹੀ")),
        "safety": (("ਸੁਰੱਖਿਅਤ",), ("ਖ਼ਤਰਨਾਕ", "ਖਤਰਨਾਕ", "ਨੁਕਸਾਨਦੇਹ", "ਅਸੁਰੱਖਿਅਤ")),
        "course": (("ਸ਼ੁਰੂ", "ਜਾਰੀ"), ("ਬੰਦ", r"re:ਰੋਕ(?!ਣ ਲਈ |ਣ ਵਾਸਤੇ |ਥਾਮ)[^ ]*")),  # not ਰੋਕਣ ਲਈ (to prevent)
        "limit": (("ਵੱਧ ਤੋਂ ਵੱਧ",), ("ਘੱਟੋ ਘੱਟ", "ਘੱਟ ਤੋਂ ਘੱਟ")),
        "meals": (("ਖਾਣੇ ਨਾਲ", "ਖਾਣੇ ਦੇ ਨਾਲ", "ਭੋਜਨ ਨਾਲ", "ਭੋਜਨ ਦੇ ਨਾਲ", "ਰੋਟੀ ਨਾਲ", "ਰੋਟੀ ਦੇ ਨਾਲ"), ("ਖਾਲੀ ਪੇਟ", "ਖ਼ਾਲੀ ਪੇਟ")),
        "part_of_day": (("ਸਵੇਰ*", "ਤੜਕ*", "ਨਾਸ਼ਤ*", "ਦੁਪਹਿਰ ਤੋਂ ਪਹਿਲਾਂ", "ਦਿਨ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ"), ("re:ਸ਼ਾਮ(?!ਲ)[^ ]*", "re:(?<!ਅੱਧੀ )(?<!ਅਧੀ )ਰਾਤ[^ ]*", "ਸੌਣ ਤੋਂ ਪਹਿਲਾਂ", "ਸੌਣ ਵੇਲੇ", "ਸੌਣ ਸਮੇਂ")),
        "spoon": (("ਛੋਟਾ ਚਮਚ*", "ਛੋਟੇ ਚਮਚ*", "ਚਾਹ ਵਾਲਾ ਚਮਚ*", "ਚਾਹ ਵਾਲੇ ਚਮਚ*", "ਚਾਹ ਦਾ ਚਮਚ*", "ਚਾਹ ਦੇ ਚਮਚ*", "ਟੀਸਪੂਨ*"),
                       ("ਵੱਡਾ ਚਮਚ*", "ਵੱਡੇ ਚਮਚ*", "ਟੇਬਲਸਪੂਨ*", "ਖਾਣੇ ਵਾਲਾ ਚਮਚ*", "ਖਾਣੇ ਵਾਲੇ ਚਮਚ*")),
        "chewing": (_swallowed_whole('ਨਿਗਲ', 'ਸਾਬਤ|ਪੂਰੀ|ਪੂਰਾ|ਪੂਰੀਆਂ|ਪੂਰੇ|ਚਬਾਏ ਬਿਨਾਂ', 4, 4),
                    ('re:ਚਬਾ[^ ]*(?= )(?! ਬਿਨਾਂ)', 'ਕੁਚਲ*', 'ਪੀਸ*', 'ਪੀਹ*', 'ਚਿੱਥ*', 'ਚੂਰਾ')),
    },
    "zh_Hans": {
        "age": ((r"re:(?<=\d )(?:周?岁|个?月|周)(?:龄)?(?:及|或)?以上", r"re:(?:年满|超过|满)(?= \d+ (?:周?岁|个?月))"),
                (r"re:(?<=\d )(?:周?岁|个?月|周)(?:龄)?(?:及|或)?以下", r"re:(?:未满|不满|不到)(?= \d+ (?:周?岁|个?月))")),
        "severity": (("严重", "重度", "剧烈", "强烈"), ("轻微", "轻度")),
        "level": (("高",), ("低",)),
        "quantity": (("增加", "增大", "加大", "提高", "更多", "多于", "加量", "增量"), ("减少", "减量", "降低", "减低", "更少", "少于", "减至")),
        # not 午后 (afternoon), nor 最后 before a count (最后一剂, the last dose)
        "timing": (("之前", "以前", "前"), ("之后", "以后", "re:(?<!午)(?<!最)后|(?<=最)后(?![一1])")),
        "necessity": (("必须", "必要", "务必", "一定要"), ("可选", "自愿")),
        "frequency": (("总是", "始终", "一直", "每次"), ("有时", "偶尔")),
        "commonness": (("常见", "经常", "常常"), ("罕见", "少见", "很少")),
        "safety": (("安全",), ("危险", "不安全", "有害")),
        "course": (("开始", "继续", "恢复", "坚持"), ("停止", "停用", "停药", "停服", "中断", "暂停")),
        "part_of_day": (("re:(?<![提趁尽及])早上(?![床医班学])", "早晨", "晨起", "上午", "清晨", "每早", "起床后", "醒来后", "早餐", "早饭", "晨间", "早间", "晨服", "起床时", "白天较早", "中午前", "中午之前", "午前",
                         "一起床"),
                        ("下午", "午后", "re:晚上(?![床班市])", "傍晚", "夜间", "夜里", "夜晚", "晚间", "re:(?<!午)睡前", "睡觉前",
                         "临睡", "就寝", "每晚", "今晚", "晚餐", "晚饭")),
        "limit": (("最多", "最大", "最高", "至多", "不超过", "上限"), ("最少", "最小", "最低", "至少", "不少于", "下限")),
        "meals": (("随餐", "与食物一起", "和食物一起", "与食物同服", "餐中", "吃饭时", "进食时", "进餐时", "饱腹", "吃饱"),
                  ("空腹", "两餐之间")),
        "spoon": _ZH_SPOONS,
        "chewing": _ZH_CHEWING,
    },
    "zh_Hant": {
        "age": ((r"re:(?<=\d )(?:[周週]?[歲岁]|[個个]?月|[周週])(?:齡)?(?:及|或)?以上", r"re:(?:年滿|超過|滿)(?= \d+ (?:[周週]?[歲岁]|[個个]?月))"),
                (r"re:(?<=\d )(?:[周週]?[歲岁]|[個个]?月|[周週])(?:齡)?(?:及|或)?以下", r"re:(?:未滿|不滿|不到)(?= \d+ (?:[周週]?[歲岁]|[個个]?月))")),
        "severity": (("嚴重", "重度", "劇烈", "強烈"), ("輕微", "輕度")),
        "level": (("高",), ("低",)),
        "quantity": (("增加", "增大", "加大", "提高", "更多", "多於", "加量", "增量"), ("減少", "減量", "降低", "減低", "更少", "少於", "減至")),
        "timing": (("之前", "以前", "前"), ("之後", "以後", "re:(?<!午)(?<!最)後|(?<=最)後(?![一1])")),
        "necessity": (("必須", "必要", "務必", "一定要"), ("可選", "自願")),
        "frequency": (("總是", "始終", "一直", "每次"), ("有時", "偶爾")),
        "commonness": (("常見", "經常", "常常"), ("罕見", "少見", "很少")),
        "safety": (("安全",), ("危險", "不安全", "有害")),
        "course": (("開始", "繼續", "恢復", "堅持"), ("停止", "停用", "停藥", "停服", "中斷", "暫停")),
        "part_of_day": (("re:(?<![提趁儘及])早上(?![床醫班學])", "早晨", "晨起", "上午", "清晨", "每早", "起床後", "醒來後", "早餐", "早飯", "晨間", "早間", "晨服", "起床時", "白天較早", "中午前", "中午之前", "午前",
                         "一起床"),
                        ("下午", "午後", "re:晚上(?![床班市])", "傍晚", "夜間", "夜裡", "夜晚", "晚間", "re:(?<!午)睡前", "睡覺前",
                         "臨睡", "就寢", "每晚", "今晚", "晚餐", "晚飯")),
        "limit": (("最多", "最大", "最高", "至多", "不超過", "上限"), ("最少", "最小", "最低", "至少", "不少於", "下限")),
        "meals": (("隨餐", "與食物一起", "和食物一起", "與食物同服", "餐中", "吃飯時", "進食時", "進餐時", "飽腹", "吃飽"),
                  ("空腹", "兩餐之間")),
        "spoon": _ZH_SPOONS,
        "chewing": _ZH_CHEWING,
    },
}

# Left and right, as each language names them (folded: Arabic ی, ا). Not Spanish "derecho a" (a right to), Italian
# "destrosio" (dextrose), Greek δεξιότητες (skills), Turkish sağlık (health); Vietnamese phải (also "must") and trái
# (also fruit, "contrary"), Persian راست (also "true, straight") and Chinese 左右 ("about"), 左 of a drug's name
# (左氧氟沙星, levofloxacin) only after a part of the body or a side.
_VI_SIDED = "re:(?:bên|phía|tay|chân|mắt|tai|vai|hông|sườn|gối|đầu gối|thận|phổi|ngực|vú|mông|đùi|lưng|bụng|má|nghiêng) "
_FA_SIDED = "re:(?:سمت|طرف|دست|پای|پا|چشم|گوش|بازوی|زانوی|شانه|پهلوی|کلیه|ریه|سینه|پستان|کتف) "
_ZH_SIDED = "(?=侧|側|边|邊|臂|手|腿|脚|腳|眼|耳|膝|肩|肾|腎|肺|胸|乳|髋|髖|腹|腰|背|颈|頸|足|腕|肘|踝|半身|方)"
_SIDES: dict[str, Poles] = {
    "es": (("izquierd*",), ("re:derechas?(?= )", ("re:(?:lado|brazo|ojo|oido|pie|pulmon|rinon|hombro|costado|seno"
                                                  "|pecho|ovario|testiculo|hemisferio|lobulo|tobillo|codo|muslo|gluteo"
                                                  "|oreja|cadera|flanco) derechos?(?= )"))),
    "it": (("sinistr*",), ("re:destr[aoie](?= )",)),
    "el": (("re:αριστερ(?:ο|α|ου|ων|ουσ|εσ|οσ|ασ|η|ησ)(?= )",), ("re:δεξι(?:ο|α|ου|ων|ουσ|εσ|οσ|ασ)(?= )",)),
    "tr": (("re:sol(?:a|da|dan|daki|dakı)?(?= )",), ("re:sag(?:a|da|dan|daki|dakı)?(?= )",)),
    "vi": ((_VI_SIDED + "trái(?= )",), (_VI_SIDED + "phải(?= )",)),
    "ar": (("*الایسر", "*الیسرى", "*الیسار", "یسار"), ("*الایمن", "*الیمنى", "*الیمین", "یمین")),
    "fa": (("چپ",), (_FA_SIDED + "راست(?= )",)),
    "pa_Guru": (("ਖੱਬ*",), ("ਸੱਜ*",)),
    "zh_Hans": (("re:左" + _ZH_SIDED,), ("re:右" + _ZH_SIDED,)),
    "zh_Hant": (("re:左" + _ZH_SIDED,), ("re:右" + _ZH_SIDED,)),
}

# Any word of a side, in any sense ("derecho" also a right, phải also "must", sağ also "alive"), as folded: where an
# English side of the body ("the right eye") has no pole of _SIDES in the translation and none of these either, the
# side was dropped ("Ponga una gota en cada ojo", in the eye): rules.polarity. Loose on purpose: a word here only
# keeps the side from being called dropped. Not Turkish solüsyon, sağlık; none in Vietnamese, whose phải is as
# often "must": there only a side of _SIDES (after its noun, "mắt phải") keeps it.
SIDE_WORDS: dict[str, tuple[str, ...]] = {
    "es": ("derech*", "izquierd*", "diestr*", "zurd*"),
    "it": ("destr*", "sinistr*"),
    "el": ("δεξ*", "αριστερ*"),
    "tr": (r"re:(?:sag|sol)(?:a|da|dan|daki|daki)?(?= )",),  # not solüsyon, sağlık
    "ar": ("*يمن*", "*يمين*", "*يسر*", "*يسار*"),
    "fa": ("*راست*", "*چپ*"),
    "pa_Guru": ("ਸੱਜ*", "ਖੱਬ*", "ਸੱਜੇ", "ਖੱਬੇ"),
    "zh_Hans": ("右", "左"),
    "zh_Hant": ("右", "左"),
}

# Straight away and later (tomorrow, next week). Not Spanish "la mañana" (the morning; "mañana" alone is tomorrow),
# Vietnamese "ngay cả" (even), Punjabi ਕੱਲ੍ਹ is yesterday too (never "now"); no phrase holding timing's "after"
# ("il giorno dopo", "tuần sau", "هفته بعد", 几天后), which it would take from timing's before/after.
_URGENCY: dict[str, Poles] = {
    "es": (("inmediatamente", "enseguida", "en seguida", "de inmediato", "urgente*", "cuanto antes", "lo antes posible",
            "sin demora", "ahora mismo", "sin esperar"),
           ("re:(?<!la )(?<!las )(?<!una )(?<!esta )(?<!cada )(?<!media )(?<!pasado )manana(?= )(?! por )",
            "pasado manana", "la proxima semana", "la semana que viene", "al dia siguiente", "el dia siguiente",
            "dentro de unos dias", "en unos dias", "en los proximos dias", "proxima cita", "cuando pueda",
            "cuando le sea posible")),
    "it": (("immediatamente", "subito", "urgente*", "al piu presto", "il prima possibile", "senza indugio",
            "senza ritardo", "senza aspettare"),
           ("domani", "la prossima settimana", "la settimana prossima", "il giorno seguente",
            "tra qualche giorno", "fra qualche giorno", "nei prossimi giorni", "prossimo appuntamento",
            "quando le e possibile", "quando puo")),
    "el": (("αμεσως", "αμεσα", "επειγοντως", "το συντομοτερο", "χωρις καθυστερηση", "χωρις να περιμενετε"),
           ("αυριο", "την επομενη εβδομαδα", "την αλλη εβδομαδα", "την επομενη μερα", "την επομενη ημερα",
            "σε λιγεσ μερεσ", "σε μερικεσ μερεσ", "τισ επομενεσ μερεσ", "οταν μπορεσετε", "οταν μπορειτε")),
    "tr": (("hemen", "derhal", "acilen", "en kisa surede", "vakit kaybetmeden", "gecikmeden", "beklemeden"),
           ("yarin", "gelecek hafta", "haftaya", "ertesi gun", "birkac gun icinde")),
    "vi": (("ngay lập tức", "re:ngay(?= )(?! cả )", "khẩn cấp", "càng sớm càng tốt", "lập tức", "không chậm trễ"),
           ("ngày mai", "tuần tới", "vài ngày nữa")),
    "ar": (("فورا", "على الفور", "حالا", "في الحال", "دون تاخير", "بدون تاخير", "عاجل*", "بشكل عاجل", "باسرع وقت"),
           ("غدا", "الاسبوع المقبل", "الاسبوع القادم", "في اليوم التالي", "موعدك القادم")),
    "fa": (("فورا", "فوری", "بلافاصله", "هر چه سریع\u200cتر", "هرچه سریعتر", "بی\u200cدرنگ", "بدون معطلی",
            "بدون تاخیر"),
           ("فردا", "هفته آینده", "چند روز دیگر", "نوبت بعدی")),
    "pa_Guru": (("ਤੁਰੰਤ", "ਫੌਰਨ", "ਫ਼ੌਰਨ", "ਜਲਦੀ ਤੋਂ ਜਲਦੀ", "ਹੁਣੇ", "ਬਿਨਾਂ ਦੇਰੀ"),
                ("ਕੱਲ੍ਹ", "ਅਗਲੇ ਹਫ਼ਤੇ", "ਅਗਲੇ ਹਫਤੇ", "ਅਗਲੇ ਦਿਨ")),
    "zh_Hans": (("立即", "立刻", "马上", "尽快", "紧急", "即刻", "赶快"),
                ("明天", "明日", "下周", "下星期", "第二天", "次日", "过几天", "下次就诊")),
    "zh_Hant": (("立即", "立刻", "馬上", "盡快", "緊急", "即刻", "趕快"),
                ("明天", "明日", "下週", "下周", "下星期", "第二天", "次日", "過幾天", "下次就診")),
}
# Dry and wet, as each language says them of a wound, a dressing or the skin (folded: Greek without accents, Arabic
# ی, Turkish i for ı). Not the words for moisture or humidity, which a medicine is kept away from ("Store in a
# dry place" as "protegido de la humedad", "nemden koruyun", 防潮, "tránh ẩm"), nor moisturisers (hidratante,
# nemlendirici, مرطب), nor Turkish kurum and kurul (an institution, a board), Greek υγρό (a liquid), Chinese 湿 alone
# (湿疹, eczema; 风湿, rheumatism) or 干 alone (干扰, 干细胞). A translation that keeps dry by not wetting ("No moje
# el apósito", "Evite mojarlo", 不要沾水, "ıslatmayın") negates the opposite: rules.polarity lets it pass.
_ZH_MOISTURE: Poles = (("干燥", "乾燥", "干爽", "乾爽", "保持干", "保持乾", "擦干", "擦乾", "晾干", "晾乾", "吹干", "吹乾",
                        "弄干", "弄乾", "口干", "口乾", "干咳", "乾咳", "变干", "變乾", "干掉", "乾掉", "干性", "乾性",
                        "干布", "乾布"),
                       ("弄湿", "弄濕", "浸湿", "浸濕", "打湿", "打濕", "沾湿", "沾濕", "淋湿", "淋濕", "湿润", "濕潤",
                        "潮湿", "潮濕", "湿透", "濕透", "沾水", "碰水", "浸泡", "受潮", "湿性", "濕性", "湿布", "濕布"))
_MOISTURE: dict[str, Poles] = {
    # "se moje" as one: "Evite que el yeso se moje" negates it within the four words the rule reads
    "es": ((r"re:(?:sec(?:[oa]s?|ar\w*|ad[oa]s?|ando\w*|ante\w*)|sequ\w+)(?= )",),
           (r"re:(?:se )?(?:re)?moj\w*(?= )", "empap*", r"re:humed(?:[oa]s?|ec\w*|ez\w*)(?= )")),
    "it": ((r"re:(?:asciutt[oaie]|asciug\w*|secc(?:o|a|hi|he|hezza))(?= )",),
           (r"re:(?:(?:si )?bagn(?:i|ino|are|ato|ata|ati|ate|arl[aoie]|arsi|ando\w*)|inumid\w*|umid[oaie]|zupp[oaie])(?= )",)),
    # υγρό is a liquid, but moist beside a wound, the mouth, the skin or a cloth
    "el": (("στεγν*", "ξηρ*"), ("βρεγμεν*", "βρεξ*", "βρεχ*", "βραχει", "μουσκ*",
                               r"re:(?:τραυμα|στομα|δερμα|επιδεσμο|γυψο|επιθεμα|τραυματοσ|στοματοσ)(?: (?:σασ|σου|του|τησ|μου))? υγρ\w*(?= )",
                               r"re:υγρ\w*(?= (?:πανι|πανακι|μαντηλι|επιθεμα|γαζα)\w* )")),
    "tr": ((r"re:kuru(?:t\w*|la[ymr]\w*|y\w*|ma[sy]\w*|d\w*)?(?= )",), ("islak*", "islat*", "islan*", "nemli*")),
    # "bị ướt" as one, for the negation before it; ẩm only where it is damp ("nơi ẩm", "luôn ẩm", "bị ẩm", refused
    # in "tránh ẩm"), not the humidity a medicine is kept from (độ ẩm, chống ẩm, hút ẩm, "tránh ánh sáng và ẩm")
    # nor moisturising (dưỡng ẩm)
    "vi": (("khô",), ("re:(?:bị )?ướt(?= )", "re:(?<=nơi )ẩm(?= )", "re:(?<=luôn )ẩm(?= )", "re:(?<=bị )ẩm(?= )",
                     "re:(?<=tránh )ẩm(?= )")),
    # "حافظ على رطوبة الجرح": keep the wound moist (رطوبة alone is the humidity a medicine is kept from)
    "ar": (("*جاف", "*جافة", "*جفف*", "*تجفیف*", "*تجف", "*یجف"),
           ("*بلل*", "*تبلیل*", "*مبتل*", "re:(?:و|ب)?(?:ال)?رطب[ةا]?(?= )", "حافظ على رطوبة", "حافظي على رطوبة")),
    "fa": (("*خشک*",), ("*خیس*", "مرطوب")),
    "pa_Guru": (("ਸੁੱਕ*", "ਸੁਕਾ*", "ਖੁਸ਼ਕ*"), ("ਗਿੱਲ*", "ਭਿੱਜ*", "ਭਿਓ*")),
    "zh_Hans": _ZH_MOISTURE,
    "zh_Hant": _ZH_MOISTURE,
}
for _concept, _table in (("side", _SIDES), ("urgency", _URGENCY), ("moisture", _MOISTURE)):  # each language's poles
    for _lang, _poles in _table.items():
        POLARITY[_lang][_concept] = _poles


# 颗 before what a pill is (药, 胶囊, 软胶囊 ...) or before how it is taken (每, 饭后, 服, 口服, 吞 ...), or at a clause's end
_PILL = "re:[颗顆](?=[药藥胶膠丸錠锭片粒软軟每饭飯餐服口吞含用于於在]|[^\u3400-\u9fff]|$)"
# 片 counts a tablet, but a patch before what a patch is (两片贴剂, 三片貼片); 颗 before a suppository (两颗阴道栓剂)
_TABLET_PIECE = "re:片(?![贴貼])"
_PATCH_PIECE = "re:片(?=[贴貼])"
_SUPPOSITORY_PILL = "re:[颗顆](?=[阴陰]道|栓)"
COUNTED: dict[str, Mapping[str, tuple[str, ...]]] = {
    "es": {"tablet": ("comprimido*", "pastilla*", "tableta*", "capsula*"), "dose": ("dosis",),
           "time": ("vez", "veces"), "drop": ("gota*",), "injection": ("inyeccion*",), "sachet": ("sobre", "sobres"),
           "puff": ("inhalacion*", "pulsacion*", "pulverizacion*", "puff*"), "patch": ("parche*",),
           "suppository": ("supositorio*", "ovulo*"), "spoonful": ("cuchara*", "cucharadita*", "cacito*"),
           "ampoule": ("ampolla*", "vial*")},
    "it": {"tablet": ("compress*", "pastigli*", "capsul*"), "dose": ("dose", "dosi"),
           "time": ("volta", "volte"), "drop": ("gocc*",), "injection": ("iniezion*",), "sachet": ("bustin*",),
           "puff": ("inalazion*", "spruzz*", "erogazion*", "nebulizzazion*", "puff*"), "patch": ("cerott*",),
           "suppository": ("suppost*", "ovul*"), "spoonful": ("cucchiai*", "misurin*"),
           "ampoule": ("fial*",)},
    # δισκ: "2 δισκ.", short for δισκία (not δισ, which is also δις, twice, folded)
    "el": {"tablet": ("δισκι*", "δισκ", "χαπι*", "καψακι*", "παστιλ*"), "dose": ("δοσ*",), "time": ("φορ*",),
           "drop": ("σταγον*",), "injection": ("ενεσ*",), "sachet": ("φακελισκ*", "φακελακ*"),
           "puff": ("εισπνο*", "ψεκασμ*"), "patch": ("επιθεμ*", "εμπλαστρ*"), "suppository": ("υποθετ*",),
           "spoonful": ("κουταλ*",), "ampoule": ("αμπουλ*", "φυσιγγ*", "φιαλιδ*")},
    "tr": {"tablet": ("tablet*", "hap*", "kapsul*", "pastil*"), "dose": ("doz*",), "time": ("kez", "kere", "defa"),
           "drop": ("damla*",), "injection": ("enjeksiyon*", "igne*"), "sachet": ("poset*", "sase*"),
           "puff": ("puf*", "sıkım*", "inhalasyon*", "puskurt*"), "patch": ("bant", "banti*", "bantl*", "flaster*", "yama*"),
           "suppository": ("fitil*", "supozituvar*", "ovul*"), "spoonful": ("kasik*", "kasig*", "olcek*", "olceg*"), "ampoule": ("ampul*", "flakon*")},
    "vi": {"tablet": ("viên",), "dose": ("liều",), "time": ("lần",), "drop": ("giọt",),
           "injection": ("mũi",), "sachet": ("gói",), "puff": ("nhát",),
           "spoonful": ("thìa", "muỗng")},  # not miếng, ống, lọ: any piece, tube (ống tiêm, a syringe), bottle
    "ar": {"tablet": ("*اقراص", "*قرص", "*قرصا", "*حبة", "*حبات"), "dose": ("*جرعة", "*جرعات"),  # قرصًا after 11 to 99
           "time": ("*مرات", "*مرة"), "drop": ("*قطرة", "*قطرات"), "injection": ("*حقن*",),
           "sachet": ("*كيس", "*كيسا", "*كيسين", "*أكياس", "*اكياس", "*ظرف", "*ظروف"),
           "puff": ("*بخة", "*بخات", "*بختين", "*نفخة", "*نفخات", "*رشة", "*رشات"),
           "patch": ("*لصقة", "*لصقات", "*لصاقة", "*لصاقات", "*لاصقة", "*لاصقات"),
           "suppository": ("*تحميلة", "*تحميلات", "*تحاميل", "*لبوس", "*لبوسات"),
           "spoonful": ("*ملعقة", "*ملاعق", "*مكيال", "*مكاييل", "*مغرفة", "*مغارف"),
           "ampoule": ("*امبولة", "*امبولات", "*قارورة", "*قوارير", "*قنينة", "*قناني")},
    "fa": {"tablet": ("*قرص*", "*پاستیل*"), "dose": ("*دوز*",), "time": ("بار", "دفعه", "مرتبه"),
           "drop": ("*قطره*",), "injection": ("*تزریق*",), "sachet": ("*ساشه*", "*پاکت*"),
           "puff": ("*پاف*", "*افشانه*"), "patch": ("چسب*",), "suppository": ("*شیاف*",),  # چسب*: not برچسب, a label
           "spoonful": ("*قاشق*", "*پیمانه*"), "ampoule": ("*آمپول*", "*ویال*")},
    "pa_Guru": {"tablet": ("ਗੋਲੀ*", "ਟੈਬਲੇਟ*", "ਲੋਜ਼ੈਂਜ*", "ਪੇਸਟਿਲ*"), "dose": ("ਖੁਰਾਕ*",), "time": ("ਵਾਰ",),
                "drop": ("ਬੂੰਦ*",), "injection": ("ਟੀਕ*",), "sachet": ("ਪੈਕੇਟ*", "ਸੈਸ਼ੇ*", "ਪੁੜੀ*"),
                "puff": ("ਪਫ*", "ਸਪਰੇਅ*"), "patch": ("ਪੈਚ*",), "suppository": ("ਸਪੋਜ਼ਿਟਰੀ*", "ਸਪੋਸਿਟਰੀ*", "ਪੈਸਰੀ*"),
                "spoonful": ("ਚਮਚ*", "ਸਕੂਪ*"), "ampoule": ("ਐਂਪੂਲ*", "ਐਂਪਿਊਲ*", "ਵਾਇਲ*", "ਸ਼ੀਸ਼ੀ*")},
    # the measure words of tablets and pills: 片, 粒, 锭 (錠, as Taiwan writes it: 每次一錠), and 颗 where no other
    # noun follows it (每次两颗, 两颗胶囊; not 两颗牙齿, two teeth, or 三颗结石, stones), in either script
    "zh_Hans": {"tablet": (_TABLET_PIECE, "粒", _PILL, "锭", "錠"), "dose": ("剂",), "time": ("次",), "drop": ("滴",),
                "injection": ("针",), "sachet": ("袋", "包"), "puff": ("喷", "揿", "吸"), "patch": ("贴", "张", _PATCH_PIECE),
                "suppository": ("枚", _SUPPOSITORY_PILL),
                "spoonful": ("茶匙", "汤匙", "量勺", "量匙", "小勺", "大勺", "小匙", "大匙", "勺", "匙"), "ampoule": ("安瓿",)},
    "zh_Hant": {"tablet": (_TABLET_PIECE, "粒", _PILL, "錠", "锭"), "dose": ("劑",), "time": ("次",), "drop": ("滴",),
                "injection": ("針",), "sachet": ("袋", "包"), "puff": ("噴", "撳", "吸"), "patch": ("貼", "張", _PATCH_PIECE),
                "suppository": ("枚", _SUPPOSITORY_PILL),
                "spoonful": ("茶匙", "湯匙", "量勺", "量匙", "小勺", "大勺", "小匙", "大匙", "勺", "匙"), "ampoule": ("安瓿",)},
}

# -- instructions: words that tell the patient to do something ----------------------------
#
# An imperative, an obligation or a reminder ("tome", "debe", "no olvide"). A sentence of
# the translation that has no counterpart in the English and holds one of these (or a
# dose, a drug, a number with its unit) tells the patient something the English does not.

INSTRUCTIONS: dict[str, tuple[str, ...]] = {
    "es": ("tome", "tomen", "debe", "deben", "debera", "no olvide", "olvide", "asegurese", "utilice",
           "aplique", "beba", "evite", "administre", "inyectese", "aumente", "reduzca", "no supere",
           "tiene que", "hay que", "es necesario", "es obligatorio", "recuerde"),
    "it": ("prenda", "prendete", "assuma", "deve", "devono", "dovra", "non dimentichi", "si assicuri",
           "usi", "utilizzi", "applichi", "beva", "eviti", "aumenti", "riduca", "non superi",
           "bisogna", "occorre", "e necessario", "e obbligatorio", "ricordi"),
    "el": ("παρτε", "πρεπει", "παιρνετε", "πιειτε", "μην ξεχασετε", "βεβαιωθειτε", "χρησιμοποιηστε",
           "εφαρμοστε", "αποφυγετε", "αυξηστε", "μειωστε", "υποχρεωτικα", "θυμηθειτε", "να παιρνετε"),
    "tr": ("alin", "almalisiniz", "*malisiniz", "*melisiniz", "*malidir", "*melidir", "kullanin",
           "yapin", "uygulayin", "artirin", "azaltin", "unutmayin", "mutlaka", "gerekir", "gerekiyor",
           "icmelisiniz", "kacinin"),
    # not the noun: "mũi tiêm" (the injection), "vết tiêm", "chỗ tiêm" (its site), "thuốc tiêm", "sau khi tiêm"
    "vi": ("hãy", "phải", "uống", "dùng", "re:(?<!mũi )(?<!vết )(?<!chỗ )(?<!thuốc )(?<!khi )(?<!việc )tiêm(?= )",
           "đừng quên", "nhớ", "cần phải", "bắt buộc"),
    "ar": ("يجب", "تناول", "*تناول", "خذ", "خذي", "استخدم", "لا تنس*", "احرص", "عليك", "ينبغي",
           "اشرب", "ضع", "لا بد"),
    "fa": ("باید", "مصرف کنید", "بخورید", "بگیرید", "استفاده کنید", "فراموش نکنید", "حتما", "حتماً",
           "بنوشید", "لازم است", "بزنید"),
    "pa_Guru": ("ਲਓ", "ਚਾਹੀਦਾ", "ਚਾਹੀਦੀ", "ਚਾਹੀਦੇ", "ਖਾਓ", "ਪੀਓ", "ਵਰਤੋ", "ਭੁੱਲੋ", "ਜ਼ਰੂਰ", "ਲਗਾਓ", "ਯਾਦ ਰੱਖੋ"),
    # not 需要 before a length of time: "需要20分钟" (takes 20 minutes)
    "zh_Hans": ("请", "必须", "务必", "服用", "应该", "应当", "一定要", "记得", "别忘",
                "re:需要(?! ?(?:大约|大概|约|[\\d一二两三四五六七八九十几半]))"),
    "zh_Hant": ("請", "必須", "務必", "服用", "應該", "應當", "一定要", "記得", "別忘",
                "re:需要(?! ?(?:大約|大概|約|[\\d一二兩三四五六七八九十幾半]))"),
}

# The English counterpart: a clause that starts with a verb of instruction, or an obligation.
ENGLISH_INSTRUCTION = (
    r"(?:^|[,;:]\s*|\b(?:and|then|so|or)\s+)(?:please\s+|always\s+|never\s+|do\s+not\s+|don[’']t\s+)?"
    r"(?:take|stop|avoid|keep|tell|call|rest|reduce|drink|eat|use|ask|bring|wear|remove|check|make|"
    r"continue|start|follow|read|wait|contact|see|go|come|apply|give|put|try|remember|drive|lie|sit|"
    r"inject|increase|lower|skip|repeat|swallow|chew|fast|arrive|return|book|let)\b"
    r"|\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|please|make\s+sure|be\s+sure)\b"
)

# -- drug-shaped words -------------------------------------------------------------------
#
# Endings of WHO INN stems (-caine, -olone, -azolam, -profen, -setron ...) as
# each script writes them. A word of the translation so shaped that is not a
# known form of a drug the English names is a drug the English does not have.

DRUG_ENDINGS_LATIN = (
    "*caine", "*caina", "*vakain", "*dokain", "*vacain", "*docain", "*olone", "*olona", "*zolon",
    "*nolon", "*asone", "*asona", "*tason", "*tazon", "*azolam", "*codone", "*codona", "*codon", "*kodon", "*profen", "*profene", "*profeno",
    "*gabalin", "*gabalina", "*pentin", "*pentina", "*setron", "*fentanil", "*fentanilo",
    "*fentanyl", "*morfin", "*morfina", "*morphin", "*morphine", "*oxone", "*oxona", "*okson",
    "*pril", "*sartan", "*statin", "*statina", "*olol", "*ololo", "*prazol*", "*cillin*", "*cilin*",
    "*mycin*", "*micin*", "*floxacin*", "*parin*", "*triptan", "*ketamin*", "*tramadol*",
    # anticoagulants and antiplatelets, whose look-alikes are swapped at a patient's cost (apixaban, rivaroxaban;
    # clopidogrel, clonidine; hydroxyzine, hydralazine), and other common stems of the WHO's INN lists
    "*xaban", "*ksaban", "*gatran", "*grel", "*grelor", "*nidin*", "*tidin*", "*alazin*", "*oxizin*", "*oxyzin*",
    r"re:[^ ]+dipin[aeo]?(?= )", "*zepam", "*conazol*", "*konazol*", "*gliptin*", "*gliflozin*", "*oxetin*",
    "*oksetin*", "*oksizin*", "*triptilin*", "*triptylin*", "*tformin*", "*lukast", "*dronat*", "*tiazid*", "*thiazid*",
    r"re:[^ ]+semid[aeo]?(?= )", "*ciclin*", "*cyclin*", "*siklin*", "*afil", "*afilo",
)
DRUG_ENDINGS: dict[str, tuple[str, ...]] = {
    "el": ("*καινη", "*ολονη", "*αζονη", "*αζολαμη", "*κωδονη", "*προφαινη", "*σετρονη", "*πεντινη",
           "*μπαλινη", "*φαιντανυλη", "*μορφινη", "*οξονη", "*κεταμινη"),
    "ar": ("*كائين", "*كايين", "*يزولون", "*سينولون", "*ثازون", "*تازون", "*ازولام", "*كودون", "*بروفين", "*سيترون",
           "*بنتين", "*غابالين", "*فنتانيل", "*مورفين", "*وكسون", "*كيتامين"),
    "fa": ("*کائین", "*یزولون", "*سینولون", "*تازون", "*ازولام", "*کدون", "*کودون", "*پروفن", "*سترون",
           "*پنتین", "*گابالین", "*فنتانیل", "*مورفین", "*لوکسان", "*لوکسون", "*کتامین"),
    "pa_Guru": ("*ਵਾਕੇਨ", "*ਡੋਕੇਨ", "*ਨੋਕੇਨ", "*ਸੋਲੋਨ", "*ਨੋਲੋਨ", "*ਥਾਸੋਨ", "*ਜ਼ੋਲਮ", "*ਕੋਡੋਨ", "*ਪ੍ਰੋਫੇਨ", "*ਸੇਟ੍ਰੋਨ", "*ਪੇਂਟਿਨ", "*ਬਾਲਿਨ",
                "*ਫੈਂਟਾਨਿਲ", "*ਮੋਰਫਿਨ", "*ਲੋਕਸੋਨ", "*ਟਾਮਾਈਨ"),
    "zh_Hans": ("卡因", "米松", "泼尼龙", "奈德", "唑仑", "考酮", "洛芬", "司琼", "喷丁", "瑞巴林", "芬太尼",
                "吗啡", "洛酮", "氯胺酮", "曲马多", "可待因"),
    "zh_Hant": ("卡因", "米松", "潑尼龍", "奈德", "唑侖", "唑崙", "考酮", "可酮", "洛芬", "司瓊", "噴丁",
                "瑞巴林", "芬太尼", "嗎啡", "洛酮", "氯胺酮", "曲馬多", "可待因"),
}

# -- words every language here may write as English does ---------------------------------
#
# International medical and common words a translation may share with the English
# ("steroid" in Turkish and Vietnamese, "normal" in Spanish): not English left in.

SHARED_WORDS = (
    "steroid", "steroids", "insulin", "vitamin", "oxygen", "protein", "virus", "normal", "general",
    "hospital", "local", "total", "final", "control", "animal", "material", "sensor", "laser",
    "scanner", "stent", "catheter", "doctor", "taxi", "hotel", "radio", "video", "internet", "email",
    "online", "parking", "stress", "panel", "serum", "plasma", "creatinine", "creatinin", "glucose",
)

# -- numbers written as words -------------------------------------------------------------
#
# Numbers a translation may write as words, two to twelve where the language's words are listed.
# Before "times" (COUNTED's word for it: "tres veces al día", "üç kez", "ثلاث مرات") such a word
# is read as a number the translation adds, so "twice a day" written "three times a day" fails.
# Before anything else it counts (COUNTED, the units) it is compared with what the English counts
# in words: "two tablets" written "tres comprimidos" fails. Never as standing for a digit of the
# English, nor anywhere else ("los dos ojos" is both eyes; Italian "sei" is also "you are"), nor
# after a number or a word that makes it part of a larger number (NUMBER_JOINERS: "on iki kez"
# is twelve times, "on iki" itself a number word). One is left out everywhere: it is also "a" (un,
# bir, một, یک, ਇੱਕ, 一). Chinese numerals before 次 are read the same way (每天三次 for "twice a
# day" fails), and before what they count as digits are.

# Words for "one" (and the article that says it), as folded text reads: not counted as a number (an article is none),
# but a clause that holds one gives a dose of its own ("due compresse al mattino e una la sera": the evening's is one
# tablet, not both doses'; rules._doses_moved_between_parts_of_the_day).
ONE: dict[str, tuple[str, ...]] = {
    "en": ("one",), "es": ("un", "una", "uno"), "it": ("un", "una", "uno"), "el": ("ενα", "εναν", "μια", "ενασ"),
    "tr": ("bir", "birer"), "vi": ("một",), "ar": ("واحد*",), "fa": ("یک", "یکی"), "pa_Guru": ("ਇੱਕ", "ਇਕ"),
}  # not Chinese 一, which begins many words (一起, 一定); 一片 is read as a number

NUMBER_WORDS: dict[str, Mapping[int, tuple[str, ...]]] = {
    "es": {2: ("dos",), 3: ("tres",), 4: ("cuatro",), 5: ("cinco",), 6: ("seis",), 7: ("siete",),
           8: ("ocho",), 9: ("nueve",), 10: ("diez",), 11: ("once",), 12: ("doce",)},
    "it": {2: ("due",), 3: ("tre",), 4: ("quattro",), 5: ("cinque",), 6: ("sei",), 7: ("sette",), 8: ("otto",),
           9: ("nove",), 10: ("dieci",), 11: ("undici",), 12: ("dodici",)},
    "el": {2: ("δυο",), 3: ("τρια", "τρεις"), 4: ("τεσσερα", "τεσσερις"), 5: ("πεντε",), 6: ("εξι",),
           7: ("επτα", "εφτα"), 8: ("οκτω", "οχτω"), 9: ("εννεα", "εννια"), 10: ("δεκα",),
           11: ("εντεκα",), 12: ("δωδεκα",)},
    # with the distributives ("ikişer tablet", two tablets each time), which count as the number does
    "tr": {2: ("iki", "ikişer"), 3: ("üç", "üçer"), 4: ("dört", "dörder"), 5: ("beş", "beşer"),
           6: ("altı", "altışar"), 7: ("yedi", "yedişer"), 8: ("sekiz", "sekizer"), 9: ("dokuz", "dokuzar"),
           10: ("on",), 11: ("on bir", "on birer"), 12: ("on iki", "on ikişer")},
    "vi": {2: ("hai",), 3: ("ba",), 4: ("bốn",), 5: ("năm",), 6: ("sáu",), 7: ("bảy",), 8: ("tám",),
           9: ("chín",), 10: ("mười",), 11: ("mười một", "mười mốt"), 12: ("mười hai",)},
    "ar": {3: ("ثلاث", "ثلاثة"), 4: ("أربع", "أربعة"), 5: ("خمس", "خمسة"), 6: ("ست", "ستة"),
           7: ("سبع", "سبعة"), 8: ("ثمان", "ثماني", "ثمانية"), 9: ("تسع", "تسعة"), 10: ("عشر", "عشرة"),
           # eleven and twelve as two words, in each gender and case, also mixed as machines write them
           11: ("أحد عشر", "أحد عشرة", "إحدى عشر", "إحدى عشرة"),
           12: ("اثنا عشر", "اثنا عشرة", "اثني عشر", "اثني عشرة", "اثنتا عشر", "اثنتا عشرة", "اثنتي عشر", "اثنتي عشرة")},
    "fa": {2: ("دو",), 3: ("سه",), 4: ("چهار",), 5: ("پنج",), 6: ("شش",), 7: ("هفت",), 8: ("هشت",),
           9: ("نه",), 10: ("ده",), 11: ("یازده",), 12: ("دوازده",)},
    "pa_Guru": {2: ("ਦੋ",), 3: ("ਤਿੰਨ",), 4: ("ਚਾਰ",), 5: ("ਪੰਜ",), 6: ("ਛੇ",), 7: ("ਸੱਤ",), 8: ("ਅੱਠ",),
                9: ("ਨੌਂ", "ਨੌ"), 10: ("ਦਸ",), 11: ("ਗਿਆਰਾਂ",), 12: ("ਬਾਰਾਂ",)},
}

# Number words as often other words before what a number counts, read only before "times":
# Turkish "altı" is "under" (deri altı enjeksiyon, an injection under the skin; dil altı
# tablet), Persian "نه" "not" (نه روزانه, not daily).
NUMBER_WORDS_NOT_COUNTING: dict[str, tuple[str, ...]] = {
    "tr": ("altı",),
    "fa": ("نه",),
}

# Words a counted noun's form matches that count nothing, after a number word: Turkish ayak
# (foot) and ayrı (separate) are no months (ay*: "her iki ayağınıza", "iki ayrı bölgeye"), Greek
# ημερήσιος (daily) no days ("τις δύο ημερήσιες δόσεις", both daily doses).
COUNT_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "tr": ("ayak*", "ayağ*", "ayrı*"),
    "el": ("ημερήσι*",),
}

# Words that make "8 horas", "8 giờ" a time of day rather than a count of hours: before it
# ("a las 8 horas", "lúc 8 giờ") or after it ("8 giờ sáng", eight in the morning).
CLOCK_BEFORE: dict[str, tuple[str, ...]] = {
    "es": ("las",),
    "it": ("alle",),
    "vi": ("lúc", "vào"),  # "vào 21h30", at half past nine: a length of time is "trong", "sau"
}
CLOCK_AFTER: dict[str, tuple[str, ...]] = {
    "vi": ("sáng", "chiều", "tối", "trưa", "đêm"),
}

# Words that make a number of times the doses a day's total is split into, not how often each
# dose is taken: "cuatro comprimidos al día, en dos veces", 每日四片分两次服用 (分为, 分成), "Ngày uống
# bốn viên, chia làm hai lần" (chia thành), "iki defa halinde", "ਦੋ ਵਾਰ ਵਿੱਚ": before the number, or after
# "times" (a Chinese numeral's clause ends with one).
SPLIT_BEFORE: dict[str, tuple[str, ...]] = {
    "es": ("en",),
    "it": ("in",),
    "el": ("σε",),
    "fa": ("در",),
    "ar": ("على",),
    "vi": ("chia", "làm", "thành"),
    "zh_Hans": ("分", "分为", "分成"),
    "zh_Hant": ("分", "分為", "分成"),
}
SPLIT_AFTER: dict[str, tuple[str, ...]] = {
    "tr": ("halinde",),
    "pa_Guru": ("ਵਿੱਚ",),
}

# Words that make a count a total: "(dos comprimidos en total)", "in tutto", 共两片. In rules._day_counts among the
# words for the day (PER_DAY); a sum of the English's counts ("one in the morning and one at night") beside one is a
# total even beside a time of the day (TIME_OF_DAY: "早晚共服两片").
TOTAL: dict[str, tuple[str, ...]] = {
    "es": ("en total", "un total de", "en conjunto"),
    "it": ("in totale", "in tutto", "complessivamente", "un totale di"),
    "el": ("συνολικ*", "συνολο"),
    "tr": ("toplam*",),
    "vi": ("tổng cộng", "tổng số"),
    "ar": ("ما مجموعه", "بمجموع", "في المجموع", "المجموع"),
    "fa": ("در مجموع", "مجموعا", "جمعا"),
    "pa_Guru": ("ਕੁੱਲ",),
    # 共两片, 共服: not 公共, nor 共七天 (seven days in all)
    "zh_Hans": ("共计", "总共", "一共", "合计", "总计", "re:共(?=服|[一二三四五六七八九十两\\d]+[片粒颗锭錠剂滴针])"),
    "zh_Hant": ("共計", "總共", "一共", "合計", "總計", "re:共(?=服|[一二三四五六七八九十兩\\d]+[片粒顆錠锭劑滴針])"),
}

# Words that spread a total over the day: "dos comprimidos repartidos entre la mañana y la noche", "ba viên mỗi ngày
# chia đều vào sáng, trưa và tối". As TOTAL beside a time of the day (rules._counts_of_a_part), but no word for the
# day ("una volta suddivisa", once divided).
SPREAD: dict[str, tuple[str, ...]] = {
    "es": ("repartid*", "distribuid*"),
    "it": ("suddivis*", "ripartit*", "distribuit*"),
    "vi": ("chia",),
}

# A rate's period after a slash in a language's shorthand, besides its words for the period (LanguageData.units,
# which rules._periods_after_slash reads there too): 毫升/时 (mL/h), where 时 alone is no word for hours.
PERIODS_AFTER_SLASH: dict[str, dict[str, tuple[str, ...]]] = {
    "zh_Hans": {"hour": ("时",), "week": ("周",)},
    "zh_Hant": {"hour": ("時", "时"), "week": ("週", "周")},
}

# Words that make a count a day's, or a total (TOTAL): "(tres comprimidos al día)", 每日三片, "(ba viên mỗi ngày)",
# "en total". Beside "every N hours" said in the translation, a day's total stands only in a clause of its own
# with one of these (rules._day_counts): "tres comprimidos cada ocho horas" is the dose tripled. A "re:" pattern
# is matched as written against the folded text (Arabic ي folded to ی), so it spells both; one starting "/" is
# prescription shorthand ("2 comprimidos/día", "2 viên/ngày"), looked for in the folded clause, a space allowed
# after the slash. DAILY is those words without TOTAL's: they also name the day where the English names a period
# ("diariamente" for "weekly" is a swap, rules._period_swapped; "ਰੋਜ਼ਾਨਾ" keeps an English "a day").
DAILY: dict[str, tuple[str, ...]] = {
    "es": ("al dia", "por dia", "cada dia", "todos los dias", "a diario", "diaria*", "a lo largo del dia", "por jornada",
           "/dia",
           "re:(?<!su )(?<!un )(?<!el )(?<!mi )diarios?(?= )"),  # "uso diario", not "su diario" (your diary)
    "it": ("al giorno", "ogni giorno", "tutti i giorni", "giornalier*", "arco della giornata", "die", "/die",
           "/giorno",
           "re:al di(?= )(?! (?:fuori|sopra|sotto|la|qua|qui) )"),  # "al dì", not "al di fuori"
    "el": ("την ημερα", "τη μερα", "καθε μερα", "καθε ημερα", "ανα ημερα", "ημερησι*", "καθημεριν*", "εικοσιτετραωρ*",
           "/ημερα"),
    "tr": ("gunde", "gunluk", "her gun", "yirmi dort saat*", "/gun"),
    "vi": ("mỗi ngày", "một ngày", "hằng ngày", "hàng ngày", "ngày uống", "/ngày",
           "re:(?<!mỗi )(?<!cách )ngày(?= (?:một|hai|ba|bốn|\\d+) lần )",  # "ngày một lần", not "cách ngày"
           "re:trong ngày(?= )(?! đầu | thứ )",  # "trong ngày", not "trong ngày đầu tiên", on the first day
           "re:ngày(?= [^ ]+ (?:viên|giọt|liều|mũi) )"),  # "(ngày sáu viên)", six tablets a day
    "ar": ("يوميا", "re:ف[يی] ال[يی]وم(?= )(?! (?:الاول|الثان[يی]|الثالث|التال[يی]|السابق|نفسه) )",  # not "on the first day"
           "باليوم", "كل يوم", "على مدار اليوم", "خلال اليوم", "اربع وعشرين ساعة", "/يوم"),
    "fa": ("روزانه", "در روز", "روزی", "هر روز", "در طول روز", "شبانه\u200cروز", "شبانه روز",
           "بیست و چهار ساعت", "/روز"),
    "pa_Guru": ("ਦਿਨ ਵਿੱਚ", "ਰੋਜ਼ਾਨਾ", "ਹਰ ਰੋਜ਼", "ਪ੍ਰਤੀ ਦਿਨ", "ਰੋਜ਼", "ਦਿਨ ਭਰ", "ਚੌਵੀ ਘੰਟਿਆਂ", "/ਦਿਨ"),
    "zh_Hans": ("每日", "每天", "re:(?<!第)一日", "re:(?<!第)一天", "全天", "日服", "二十四小时", "/日", "/天"),  # not 第一天
    "zh_Hant": ("每日", "每天", "re:(?<!第)一日", "re:(?<!第)一天", "全天", "日服", "二十四小時", "/日", "/天"),
}
PER_DAY: dict[str, tuple[str, ...]] = {lang: (*days, *TOTAL.get(lang, ())) for lang, days in DAILY.items()}

# "2 comprimidos diarios", not "rutina diaria" nor "su diario" (your diary)
_ES_DAILY_ADJECTIVE = ("re:(?<!rutina )(?<!vida )(?<!actividades )(?<!tareas )(?<!quehaceres )(?<!higiene )(?<!su )"
                       "(?<!un )(?<!el )(?<!al )(?<!mi )(?<!tu )(?<!sus )(?<!los )(?<!este )(?<!ese )(?<!nuestro )diari[oa]s?(?= )")
_ZH_ONE_DAY_RATE = "re:(?<![第前后後同])一[日天](?=[一二两兩三四1-9]?[次片粒颗顆錠锭])"  # 一日一次, 一天一片; not 前一天, 同一天
# 日服, not a day named: 次日服用 (the next day), 当日, 工作日, 节假日, 同一日, 某一日, 选定一日, 服药日 (not 一 alone: 一日服3次)
_ZH_A_DAY_TAKE = "re:(?<![次翌当當作假药藥])(?<!同一)(?<!某一)(?<!定一)(?<!择一)(?<!擇一)(?<!前一)(?<!第一)日服"
# "Every day", "daily" as a habit or a rate ("al día"), and every morning or night: not DAILY's adjectives
# ("rutina diaria", "καθημερινής ρουτίνας") nor its words for "a day" ("روزی", once; "ngày uống", a day's dose).
# Beside a weekday or "every other day" of the English they make the dose daily (rules._says_every_day: "cada día,
# empezando el lunes").
EVERY_DAY: dict[str, tuple[str, ...]] = {
    # not "al día siguiente" (the next day), "mantenga al día" (up to date), "medicamentos de todos los días"
    "es": ("cada dia", "re:(?<!de )todos los dias(?= )", "a diario", "diariamente",
           ("re:(?<!mantenga )(?<!mantener )(?<!ponga )(?<!poner )(?<!este )(?<!esten )(?<!esta )(?<!estan )(?<!estar )"
           "(?<!lleve )(?<!llevar )(?<!vuelva )(?<!volver )al dia(?= )(?! (?:siguiente|de hoy|habitual|que) )"),
           "por dia", "cada noche", "todas las noches", "cada manana", "todas las mananas", "por las mananas",
           "todas las tardes", _ES_DAILY_ADJECTIVE),
    "it": ("ogni giorno", "tutti i giorni", "quotidianamente", "giornalmente", "die",
           # a rate after a count ("una compressa al giorno prima di colazione"), not a day named ("al giorno dopo")
           # ("dopo" is the next day only before a new clause or the end: "al giorno dopo un pasto" is a rate)
           ("re:(?:volt[ae]|compress[ae]|capsul[ae]|bustin[ae]|dos[ei]|gocce|mg|ml) al giorno(?= )"
            "(?! (?:successivo|seguente|precedente|stabilito|fissato|previsto) | dopo (?:(?:se|e|o|quando|ma) |$))"),
           ("re:(?<!fino )al giorno(?= )(?! (?:successivo|dopo|seguente|precedente|prima|previsto|stabilito|fissato|di"
           "|abituale|d oggi|della|del|in cui) )"),
           "re:(?<!attivita )(?<!vita )(?<!routine )(?<!igiene )giornalier[oaie](?= )",
           "re:al di(?= )(?! (?:fuori|sopra|sotto|la|qua|qui) )", "ogni sera", "tutte le sere", "ogni notte",
           "ogni mattina", "tutte le mattine", "ogni pomeriggio", "ogni di"),
    "el": ("καθε μερα", "καθε ημερα", "ολεσ τισ μερεσ", "ημερησιως", "ανα ημερα", "καθε βραδυ", "καθε πρωι",
           # a rate after a count ("μία φορά την ημέρα πριν από το πρωινό"), not the day after ("την ημέρα μετά")
           ("re:(?:φορα|φορεσ|δισκιο|δισκια|καψουλα|καψουλεσ|δοση|δοσεισ|mg|ml) τη[νσ]? (?:η)?μερα(?= )"
            "(?! που | μετα (?:(?:αν|εαν|και|η|οταν) |$))"),
           "re:τη[νσ]? (?:η)?μερα(?= )(?! (?:μετα|πριν|που|τησ|του|και τη[νσ]? νυχτα) )",
           "re:(?<!τισ )καθημεριν(?!οτητ)[^ ]*(?= )(?! (?:σασ |μασ |του |τησ )?(?:ρουτιν|ζωη|δραστηριοτητ|ασχολι|αναγκ|εργασι))",
           "re:ημερησι[^ ]*(?= )"),
    "tr": ("her gun", "her gunu", "hergun", r"re:(?<!\d )(?<!on bes )(?<!onbes )(?<!ayni )(?<!iginiz )gunde(?= )",  # not "15 günde bir"
           "re:gunluk(?= )(?! (?:rutin|yasam|hayat|aktivite|is|isler|tut))", "her aksam", "her sabah", "her gece"),
    "vi": ("mỗi ngày", "re:(?<!sinh hoạt )(?<!công việc )(?<!cuộc sống )(?<!hoạt động )h[ằà]ng ngày(?= )", "ngày nào cũng",
           "re:(?<!vào )(?<!lại )(?<!ghi )ngày uống(?= )",
           "re:(?<!cùng )(?:một|1) ngày(?= )(?! (?:trước|sau|cố định|nhất định|cụ thể|bất kỳ|nào đó|trong tuần) )",
           "re:ngày (?:một|1|hai|2|ba|3) (?:viên|lần)", "mỗi tối", "mỗi sáng", "mỗi đêm"),
    "ar": ("يوميا", "كل يوم", "بشكل يومي", "re:بال[يی]وم(?= )(?! (?:نفسه|ذاته|عینه|المحدد) )",
           "re:(?<!وقت )خلال ال[يی]وم(?= )",
           "re:ف[يی] ال[يی]وم(?= )(?! (?:الاول|الثان[يی]|الثالث|التال[يی]|السابق|نفسه|ذاته|عینه|الذ[يی]) )", "كل ليلة", "كل صباح", "كل مساء"),
    "fa": ("هر روز", "هر روزه", "re:(?<!فعالیت\u200cهای )(?<!فعالیتهای )(?<!کارهای )(?<!کار\u200cهای )روزانه(?= )",
           # a rate after a count ("یک بار در روز قبل از صبحانه"), not the day after ("در روز بعد")
           "re:(?:بار|قرص|کپسول|دوز|عدد) در روز(?= )(?! (?:بعد(?! از)|ثابت|معین|مشخص|انتخاب|اول|دوم)[^ ]* )",
           ("re:(?<!زمان مصرف )(?<!زمان تزریق )(?<!ساعت )در روز(?= )(?! (?:بعد|بعدی|قبل|اول|دوم|ثابت[^ ]*|معین[^ ]*|انتخاب[^ ]*"
           "|مشخص[^ ]*|و|اهمیت[^ ]*) )"),
           "re:روزی (?:یک|دو|سه|[۰-۹0-9])", "هر شب", "هر صبح"),
    "pa_Guru": ("ਹਰ ਰੋਜ਼", "re:ਰੋਜ਼ਾਨਾ(?= )(?! (?:ਦੇ|ਦੀ|ਦਾ|ਕੰਮ[^ ]*|ਜੀਵਨ|ਰੁਟੀਨ) )", "ਨਿੱਤ", "re:ਰੋਜ਼(?= )(?! (?:ਦੇ|ਦੀ|ਦਾ) )",
                "ਹਰ ਦਿਨ", "re:ਦਿਨ ਵਿੱਚ(?= )(?! (?:ਕਿਸੇ|ਅਤੇ) )", "ਪ੍ਰਤੀ ਦਿਨ",
                "ਹਰ ਰਾਤ", "ਹਰ ਸਵੇਰ"),
    "zh_Hans": ("每天", "每日", "天天", _ZH_A_DAY_TAKE, "每晚", "每早", "每朝", _ZH_ONE_DAY_RATE),
    "zh_Hant": ("每天", "每日", "天天", _ZH_A_DAY_TAKE, "每晚", "每早", "每朝", _ZH_ONE_DAY_RATE),
}

# Words that say a double: a dose, a count or an amount two times the English's ("una dosis doble", ضعف الجرعة,
# 双倍剂量). Where the English says no two, a double is one the translation adds (rules.counts). Matched on the
# folded text; not δίπλα (beside), المضاعفات (complications) or ਦੋਹਰਾਓ (repeat).
DOUBLE: dict[str, tuple[str, ...]] = {
    "es": ("doble", "dobles", "duplicar", "duplique"),
    "it": ("doppia", "doppie", "doppio", "doppi", "raddoppi*"),
    "el": ("διπλη", "διπλης", "διπλες", "διπλο", "διπλασι*"),
    "tr": ("cift", "ciftle*", "iki kati", "iki katina"),
    "vi": ("gấp đôi", "liều đôi", "liều kép"),
    "ar": ("ضعف الجرعة", "بمقدار الضعف", "جرعة مضاعفة", "مضاعفة الجرعة", "الجرعة المضاعفة", "مزدوجة", "مزدوج",
           "تضاعف*"),
    "fa": ("دوبرابر", "دو برابر", "مضاعف", "دوبل"),
    "pa_Guru": ("ਦੁੱਗਣ*", "ਦੁਗਣ*", "ਦੂਣ*", "ਦੋਹਰੀ", "ਦੋਹਰਾ", "ਡਬਲ"),
    "zh_Hans": ("双倍", "双份", "加倍", "翻倍"),
    "zh_Hant": ("雙倍", "雙份", "加倍", "翻倍"),
}

# Words beside which a double is care, not a dose: "doble cuidado", "加倍小心", "cẩn thận gấp đôi", "احتیاط مضاعف",
# "bir çift eldiven" (a pair of gloves).
DOUBLE_CARE: dict[str, tuple[str, ...]] = {
    "es": ("cuidado", "precaucion", "atencion"), "it": ("attenzione", "cautela", "cura"),
    "el": ("προσοχ*",), "tr": ("dikkat*", "eldiven*"), "vi": ("cẩn thận", "chú ý", "thận trọng"),
    "ar": ("الحذر", "حذر", "انتباه", "الانتباه"), "fa": ("احتیاط", "دقت", "توجه"),
    "zh_Hans": ("小心", "注意", "留意", "谨慎"), "zh_Hant": ("小心", "注意", "留意", "謹慎"),
}

# Words that say two with no number word: a double (above), "both", "twice". A "two" the English counts in words may
# be said so ("Do not take two doses to make up for a missed one": "una dosis doble", ضعف الجرعة; "the two capsules":
# "ambas cápsulas"; Persian دوبار, twice; rules._spelled_count_dropped). Matched on the folded text; not đôi khi
# (sometimes).
TWO_WITHOUT_A_NUMBER: dict[str, tuple[str, ...]] = {
    lang: DOUBLE[lang] + both for lang, both in {
        "es": ("ambos", "ambas"),
        "it": ("entrambi", "entrambe", "ambedue"),
        "el": (),
        "tr": ("ikiye*",),  # "ikiye bölün": split in two (and "half a tablet"), no double
        "vi": (),
        "ar": ("كلا", "كلتا"),
        "fa": ("دوبار", "دو\u200cبار"),
        "pa_Guru": ("ਦੋਵੇਂ", "ਦੋਨੋਂ"),
        "zh_Hans": (),
        "zh_Hant": (),
    }.items()
}

# Words that say "every other" without a two: "en días alternos", "un día sí y otro no", "a giorni alterni", "μέρα
# παρά μέρα", "gün aşırı", "cách ngày", "یک روز در میان", "ਇੱਕ ਦਿਨ ਛੱਡ ਕੇ", 隔天, and a fortnight's ("quincenal",
# "δεκαπενθήμερο"), each tied to its period or to "every": not "alterni il sito" (alternate the site), "aşırı doz"
# (overdose), "در میان" (among), "η δεύτερη δόση" (the second dose), 间隔 (an interval), "ਛੱਡ ਕੇ" (except). A translation
# of "every other day" (or week, month, Monday) with none of them and no two ("cada dos días", "ogni 2 giorni",
# "كل يومين", 每两天) says the dose twice as often (rules._every_other_dropped). "Every" before a 2 in digits says it
# too ("cada 2 días", 每2天; the numbers rule still reports that 2). A "re:" pattern is matched as folded text reads.
_EVERY_2 = "[2٢۲੨２](?= )"
_ES_PERIODS = "(?:dias?|noches|mananas|semanas?|mes|meses|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)"
_IT_PERIODS = "(?:giorni|sere|notti|mattine|settimane|mesi|lunedi|martedi|mercoledi|giovedi|venerdi|sabati|domeniche)"
_ES_PERIOD = "(?:dia|noche|manana|semana|mes|lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_IT_PERIOD = "(?:giorno|sera|notte|mattina|settimana|mese|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
# "un día sí y otro no", "un giorno sì e un giorno no", "يوم ويوم لا": every other, said with a negation (which the
# negation rule still reads: an exemption let "cada día, si el otro no le ha hecho efecto" through); part of EVERY_OTHER
_SAID_WITH_A_NO: dict[str, str] = {
    # "un día sí y otro no", "un día sí, un día no"; not "cada día. Si una dosis no ..." (if a dose does not)
    "es": f"re:{_ES_PERIOD} si (?:y )?(?:el |la )?(?:otr[oa]|(?:una? )?{_ES_PERIOD}) no(?= )",
    "it": f"re:{_IT_PERIOD} si (?:e )?(?:uno|una|(?:una? |l )?(?:altr[oa]|{_IT_PERIOD})) no(?= )",
    "ar": "re:(?:[يی]وما? (?:نعم )?و[يی]وما?|اسبوعا? (?:نعم )?واسبوعا?) لا(?= )",
    "el": "re:(?:μερα|ημερα|εβδομαδα) ναι (?:και )?(?:μια |την αλλη )?(?:μερα |ημερα |εβδομαδα )?οχι(?= )",
}
EVERY_OTHER: dict[str, tuple[str, ...]] = {
    "es": (f"re:{_ES_PERIODS} altern(?:os|as|ad[oa]s)(?= )", f"re:{_ES_PERIODS} (?:de )?por medio(?= )(?! de )",
           "cada quincena", "cada quince dias", "quincenal*", "interdiari*", f"re:cada dos {_ES_PERIODS}(?= )",
           f"re:cada {_EVERY_2}", _SAID_WITH_A_NO["es"]),
    "it": (f"re:{_IT_PERIODS} altern[ie](?= )", "ogni quindici giorni", f"re:ogni due {_IT_PERIODS}(?= )", "quindicinal*",
           f"re:ogni {_EVERY_2}", _SAID_WITH_A_NO["it"]),
    "el": ("μερα παρα μερα", "ημερα παρα ημερα", "εβδομαδα παρα εβδομαδα", "μηνα παρα μηνα", "καθε δευτερη",
           _SAID_WITH_A_NO["el"],
           "δεκαπενθημερ*", f"re:(?:καθε|ανα) {_EVERY_2}", "re:(?:καθε|ανα) δυο (?:μερεσ|ημερεσ|εβδομαδεσ|μηνεσ)"),
    "tr": ("gun asiri", "hafta asiri", "ay asiri", "bir gun ara*", "bir hafta ara*", "birer gun ara*", "iki gunde bir",
           "2 gunde bir", "iki haftada bir", "2 haftada bir"),
    "vi": ("cách ngày", "cách tuần", "cách tháng", "cách nhật", "cách một ngày", "cách một tuần", "cách một tháng",
           "hai ngày một lần", "2 ngày một lần", "hai ngày 1 lần", "2 ngày 1 lần",
           "re:(?:hai|2) ngày uống (?:một|1) lần", "re:(?:hai|2) (?:tuần|tháng) (?:một|1) lần", "re:cứ (?:hai|2) ngày (?:uống|dùng|một lần|1 lần)", f"re:mỗi {_EVERY_2}"),
    "ar": (_SAID_WITH_A_NO["ar"], f"re:[كک]ل {_EVERY_2}", "re:[كک]ل (?:[يی]ومين|اسبوعين|شهرين)"),
    # "یک روز در میان"; a weekday, "یک دوشنبه در میان" (every Persian weekday but Friday ends in شنبه)
    "fa": ("re:[^ ]*(?:روز|هفته|ماه|شنبه|جمعه) ?در ?میان", f"re:هر {_EVERY_2}", "re:هر دو (?:روز|هفته|ماه)"),
    "pa_Guru": ("re:(?:ਦਿਨ|ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ|ਮਹੀਨਾ|ਮਹੀਨੇ) ਛੱਡ ?ਕੇ", "re:ਬਦਲਵੇਂ (?:ਦਿਨ|ਹਫ਼ਤ|ਹਫਤ)", "ਹਰ ਦੂਜੇ",
                "re:ਹਰ ਦੋ (?:ਦਿਨ|ਹਫ਼ਤ|ਹਫਤ)", f"re:ਹਰ {_EVERY_2}"),
    "zh_Hans": ("隔天", "隔日", "隔晚", "隔周", "隔月", "每隔一", "隔一天", "隔一日", "隔一周", "隔一个月", "每两", "每二", "两天一次",
                "两周一次", "两个月一次", "双周", "re:每[2２](?=[天日周个月])"),
    "zh_Hant": ("隔天", "隔日", "隔晚", "隔週", "隔周", "隔月", "每隔一", "隔一天", "隔一日", "隔一週", "隔一個月", "每兩", "每二",
                "兩天一次", "兩週一次", "兩周一次", "兩個月一次", "雙週", "re:每[2２](?=[天日週周個月])"),
}

# "Unlikely" said as a low likelihood, without a negation ("olasılığınız düşüktür", 可能性很小): it keeps the English's
# "unlikely" (rules.negation), as a negation would. As folded text reads: matched on the word line.
LOW_LIKELIHOOD: dict[str, tuple[str, ...]] = {
    "el": (r"re:πιθανοτητ[^ ]*(?: [^ ]+){0,8}? (?:ειναι )?(?:πολυ )?μικρ[^ ]*", r"re:μικρ[^ ]* πιθανοτητ[^ ]*"),
    "tr": (r"re:(?:olasi|ihtimal)[^ ]* (?:cok |oldukca )?dusuk[^ ]*", r"re:dusuk (?:bir )?(?:olasilik|ihtimal)[^ ]*"),
    "vi": (r"re:khả năng(?: [^ ]+){0,8}? (?:là |rất )?thấp(?= )", "ít có khả năng", "ít khả năng"),
    "fa": (r"re:احتمال(?: [^ ]+){0,6}? (?:خیلی )?کم(?= )",),
    "zh_Hans": (r"re:(?:可能性|几率|机率|机会)(?:很|较|非常|极)?[小低]",),
    "zh_Hant": (r"re:(?:可能性|機率|幾率|機會)(?:很|較|非常|極)?[小低]",),
}

# A limit on a dose or how often, as folded text reads (rules._limit_dropped): "Take up to 4 times a day" written
# "Tómelo 4 veces al día" makes the most a must. Any of these words (or a negation: "no más de", 不超过) keeps it.
# Generous on purpose ("hasta" is also "until"): a word here can only let a dropped limit through, never flag.
# "Only if": "Tómelo solo si no está embarazada" keeps "Do not take it if you are pregnant" with its "not" moved into
# the condition (rules._negation_moved_into_the_condition): "only" beside the "if", not an "only" of the meal's.
# As folded.
ONLY: dict[str, tuple[str, ...]] = {
    "es": ("solo si", "solamente si", "unicamente si"),
    "it": ("solo se", "soltanto se", "solamente se", "unicamente se"),
    "el": ("μονο αν", "μονο εαν", "μονο οταν"),
    "tr": ("yalnizca", "sadece"),  # before a conditional suffix: "yalnızca ... ise"
    "vi": ("chỉ khi", "chỉ nếu"),
    "ar": ("فقط اذا", "فقط عندما", "الا اذا"),
    "fa": ("فقط اگر", "تنها اگر", "فقط در صورتی", "تنها در صورتی"),
    "pa_Guru": ("ਸਿਰਫ਼ ਜੇ", "ਸਿਰਫ ਜੇ", "ਸਿਰਫ਼ ਤਾਂ", "ਕੇਵਲ ਜੇ"),
    "zh_Hans": ("只有", "只在", "仅在", "仅当"),
    "zh_Hant": ("只有", "只在", "僅在", "僅當"),
}
# Before a meal, as folded text reads: "with food" written so is taken before food (rules.polarity), where "antes",
# "prima", 前 alone may be "first", "ago" or 睡前 (at bedtime).
BEFORE_MEALS: dict[str, tuple[str, ...]] = {
    "es": (r"re:antes del? (?:[^ ]+ ){0,4}?(?:comidas?|comer|alimentos?|desayuno|almuerzo|cena)(?= )",),
    "it": (r"re:prima (?:di|dei|del|della|delle) (?:[^ ]+ ){0,2}?(?:pasti|pasto|mangiare|colazione|pranzo|cena|cibo)(?= )",),
    "el": (r"re:πριν (?:απο )?(?:[^ ]+ ){0,2}?(?:φαγητο|γευμα|γευματα|φατε|πρωινο|δειπνο)(?= )",),
    "tr": (r"re:(?:yemek[^ ]*|ogun[^ ]*|kahvalti[^ ]*|yemeden) (?:[^ ]+ ){0,2}?(?:once|oncesi[^ ]*|evvel)(?= )",),
    "vi": (r"re:trước (?:khi )?(?:[^ ]+ ){0,2}?(?:bữa|ăn)(?= )",),
    "ar": (r"re:قبل (?:[^ ]+ ){0,2}?(?:ال)?(?:ا[كک]ل|طعام|وجب[^ ]*|افطار|عشاء)(?= )",),  # folded: ك as ک
    "fa": (r"re:(?:قبل|پ[یي]ش) (?:از )?(?:[^ ]+ ){0,2}?(?:غذا|وعده|صبحانه)[^ ]*(?= )",),
    "pa_Guru": (r"re:(?:ਖਾਣੇ|ਭੋਜਨ|ਖਾਣ|ਰੋਟੀ|ਨਾਸ਼ਤੇ)[^ ]* (?:[^ ]+ ){0,3}?ਪਹਿਲਾਂ(?= )",),
    "zh_Hans": ("饭前", "餐前", "进餐前", "吃饭前", "进食前"),
    "zh_Hant": ("飯前", "餐前", "進餐前", "吃飯前", "進食前"),
}
# Need, with which a translation keeps the English's "if needed", "as required", "when necessary" of a dose
# (rules._as_needed_dropped): "Tome 1 comprimido cada 6 horas" for "Take 1 tablet every 6 hours if needed" makes a
# dose taken when needed a regular one. Phrases, not stems: "Necesita tomar", "Es necesario tomar" (you need to,
# you must) make it regular too; nor a bare "when", as often a time ("cuando se acueste", "lúc 8 giờ"). "When in
# pain" keeps it ("cuando tenga dolor", 疼痛时), as does a condition of the language's (CONDITIONS: "si tiene dolor").
NEEDED: dict[str, tuple[str, ...]] = {
    "es": ("si lo necesita", "si la necesita", "si los necesita", "si las necesita", "cuando lo necesite",
           "cuando la necesite", "según necesite", "según lo necesite", "si es necesario", "si fuera necesario",
           "si fuese necesario", "en caso necesario", "en caso de necesidad", "según necesidad", "según sea necesario",
           "a demanda", "si hace falta", "cuando haga falta", "si precisa", "según sus necesidades",
           "según las necesidades", "de acuerdo con sus necesidades", "según precise", "cuando tenga dolor",
           "en caso de dolor", "cuando le duela", "cuando le falte el aire", "cuando tenga dificultad"),
    "it": ("se necessario", "al bisogno", "in caso di necessità", "secondo necessità", "secondo il bisogno",
           "se ne ha bisogno", "quando ne ha bisogno", "se occorre", "all occorrenza", "quando serve", "in base alle esigenze",
           "secondo le esigenze", "in base alle sue esigenze", "secondo le sue esigenze", "in base alle necessità",
           "secondo le necessità", "quando ha dolore", "in caso di dolore"),
    "el": ("αν χρειάζεται", "εάν χρειάζεται", "αν χρειαστεί", "εάν χρειαστεί", "όταν χρειάζεται", "όταν χρειαστεί",
           "εφόσον χρειάζεται", "εφόσον χρειαστεί", "όταν το χρειάζεστε", "κατά περίπτωση", "ανάλογα με τις ανάγκες", "σε περίπτωση ανάγκης",
           "όταν πονάτε", "σε περίπτωση πόνου"),
    "tr": ("gerekirse", "gerektiğinde", "gerektiği kadar", "gerekli olduğunda", "gerekli olursa", "gerekli durumlarda",
           "ihtiyaç halinde",
           "ihtiyaca göre", "ihtiyaç duyduğunuzda", "ihtiyaç duyarsanız", "ihtiyacınız olursa", "ihtiyacınız olduğunda",
           "lüzumu halinde", "lüzum halinde", "ağrınız olduğunda", "ağrı olduğunda"),
    "vi": ("nếu cần", "khi cần", "lúc cần", "cần thiết", "tùy theo nhu cầu", "tùy nhu cầu", "theo nhu cầu", "khi bị đau",
           "khi đau"),
    "ar": ("عند الحاجة", "عند اللزوم", "حسب الحاجة", "إذا لزم الأمر", "اذا لزم الامر", "إن لزم الأمر", "ان لزم الامر",
           "إذا احتجت", "اذا احتجت", "عند الضرورة", "إذا دعت الحاجة", "عند الشعور بالألم", "عند الألم"),
    "fa": ("در صورت نیاز", "در صورت لزوم", "در صورت ضرورت", "در صورت احتیاج", "در مواقع نیاز", "طبق نیاز",
           "بر حسب نیاز", "بنا به نیاز", "هر وقت نیاز", "هنگام نیاز", "هنگام درد", "در صورت درد"),
    "pa_Guru": ("ਲੋੜ ਪੈਣ", "ਲੋੜ ਹੋਵੇ", "ਲੋੜ ਪਵੇ", "ਲੋੜ ਅਨੁਸਾਰ", "ਲੋੜ ਮੁਤਾਬਕ", "ਜ਼ਰੂਰਤ ਪੈਣ", "ਜ਼ਰੂਰਤ ਹੋਵੇ",
                "ਜਰੂਰਤ ਪੈਣ", "ਦਰਦ ਹੋਣ"),
    "zh_Hans": ("必要时", "需要时", "需要的时候", "有需要时", "如需", "如有需要", "按需", "需要的话", "必要的话", "视需要", "根据需要",
                "疼痛时", "痛时", "如有"),
    "zh_Hant": ("必要時", "需要時", "需要的時候", "有需要時", "如需", "如有需要", "按需", "需要的話", "必要的話", "視需要", "根據需要",
                "疼痛時", "痛時", "如有"),
}
# An exception, "other than" or "more than", with which a translation says the English's "only" by a negation: "No
# use otra jeringa que la suministrada", "لا تستخدم إلا", "Μην παίρνετε επιπλέον δόση εκτός αν", 除非疼痛剧烈，否则不要
#加服, "No tome más de una dosis" for "Only take one dose" (rules._negative_meaning_excuses); or the "only" kept,
# which a negation beside it does not turn round. Without either, a negation with the "only" dropped says the
# opposite: "Non prenda una dose in più se il dolore è forte" for "Only take an extra dose if the pain is severe".
# "Other" alone is no exception: "No tome otra dosis" is "another dose", the extra one, refused.
EXCEPT: dict[str, tuple[str, ...]] = {
    "es": ("salvo", "excepto", "a menos que", "a no ser", "más que", r"re:no (?:[^ ]+ ){0,3}?mas de(?= )", "sino",
           "aparte de", "fuera de",
           r"re:(?:otr|distint|diferente)[oa]?s? (?:[^ ]+ ){0,3}?(?:que|de)(?= )", "únicamente", "solo", "sólo",
           "solamente"),
    "it": ("tranne", "salvo", "eccetto", "a meno che", "se non", "fuorché", "all'infuori", "al di fuori",
           r"re:non (?:[^ ]+ ){0,3}?piu di(?= )",
           r"re:(?:altr|divers)[oaie] (?:[^ ]+ ){0,3}?(?:che|da|dal|dalla|dai|dalle)(?= )", "solo", "soltanto",
           "solamente", "unicamente"),
    "el": ("εκτός", "παρά", r"re:μην? (?:[^ ]+ ){0,3}?περισσοτερ[^ ]*(?= )",
           r"re:αλλ(?:ο|η|ουσ|εσ|ων|ον|ησ) (?:[^ ]+ ){0,3}?απο(?= )", "μόνο"),  # άλλη ... από, not αλλά (but)
    "tr": ("dışında", "haricinde", r"re:[^ ]+(?:dan|den|tan|ten) (?:baska|fazla)(?= )", "*madıkça",
           "*medikçe", "*madığı sürece", "*mediği sürece", "*madığınız sürece", "*mediğiniz sürece", "yalnızca", "sadece"),
    "vi": ("trừ", "ngoại trừ", "ngoài", r"re:không (?:[^ ]+ ){0,2}?quá(?= )", "chỉ"),
    "ar": ("إلا", "الا", "سوى", "ما لم", r"re:لا (?:[^ ]+ ){0,3}?ا[كک]ثر من(?= )", "فقط"),
    "fa": ("جز", "بجز", "مگر", "غیر از", "بیش از", "بیشتر از", "فقط", "تنها"),
    "pa_Guru": ("ਸਿਵਾਏ", "ਇਲਾਵਾ", "ਤੋਂ ਵੱਧ", "ਜਦੋਂ ਤੱਕ", "ਸਿਰਫ਼", "ਸਿਰਫ", "ਕੇਵਲ"),
    "zh_Hans": ("除", "其他", "其它", "别的", r"re:(?:不|勿)[^，。；]{0,4}(?:超过|多于)", "只有", "只能", "仅", "以外"),
    "zh_Hant": ("除", "其他", "其它", "別的", r"re:(?:不|勿)[^，。；]{0,4}(?:超過|多於)", "只有", "只能", "僅", "以外"),
}
# More ways of saying "only" than lexicon.EXCEPT's, as folded: what keeps an "only" of an instruction from being
# called dropped (rules._only_dropped), read nowhere else: "ancak" is also "but", mới also "new", 只 also "just".
ONLY_SAID: dict[str, tuple[str, ...]] = {
    "es": ("exclusivamente", "un solo", "una sola"),
    "it": ("esclusivamente", "un solo", "una sola"),
    "el": ("μόνον", "αποκλειστικ*"),
    "tr": ("ancak", "yalnız", "tek bir"),
    "vi": ("thì mới", "mới được", "mới uống", "mới dùng"),  # only then
    "ar": ("حصرا",),
    "fa": ("منحصرا", "صرفا"),
    "pa_Guru": ("ਤਾਂ ਹੀ", "ਤੇ ਹੀ", "ਬਾਅਦ ਹੀ"),  # only then, only on, only after
    # 才 after a time or condition: "疼痛剧烈时才加服一剂", only when the pain is severe
    "zh_Hans": ("re:(?<=[时后下，])才", "仅限", "只限", "方可", "唯有", "只"),
    "zh_Hant": ("re:(?<=[時後下，])才", "僅限", "只限", "方可", "唯有", "只"),
}
# Leaving a dose out (skip, omit, withhold), as folded: "Skip the evening dose" written "No se salte la dosis de la
# noche", "do not skip it", is the opposite (rules._leaving_out_refused); so is "do not miss it" (不要漏服, لا تفوّت),
# but not a missed dose made up (补服漏服的剂量). Not "olvide" (forget).
LEAVE_OUT: dict[str, tuple[str, ...]] = {
    "es": ("salt*", "omit*", "prescind*"),
    "it": ("salt*", "omett*", "omess*", "tralasc*"),
    "el": ("παραλειψ*", "παραλειπ*", "παραλειφ*"),
    "tr": ("atla*",),
    "vi": ("bỏ qua", "bỏ liều", "bỏ uống", "bỏ dùng", "bỏ thuốc"),
    "ar": ("*تخط*", "*تفوت*"),
    "fa": ("حذف", "صرف نظر", "صرفنظر"),
    "pa_Guru": ("ਛੱਡ*",),
    "zh_Hans": ("跳过", "省略", "略过", "免服", "re:(?<!补服)(?<!补)漏服"),
    "zh_Hant": ("跳過", "省略", "略過", "免服", "re:(?<!補服)(?<!補)漏服"),
}

# Keeping something in a state ("Keep the wound dry", "keep your leg raised"), as folded: a translation that refuses
# the keeping ("No mantenga la herida seca", 不要保持, "نگه ندارید") says the opposite, where the English's "keep"
# excused any negation of its sentence (rules._keeping_refused).
KEEP: dict[str, tuple[str, ...]] = {
    "es": ("manten*", "mantien*", "conserv*"),
    "it": ("manten*", "manteng*", "tenga", "tenete", "tenere", "conserv*"),
    "el": ("κρατ*", "διατηρ*"),
    "tr": ("tut*",),
    "vi": ("giữ",),
    "ar": ("*حافظ*", r"re:[وف]?[ات]?بق(?:ی|وا|ا)?(?= )"),  # ابق, أبقي, تبق; not السابق, مطابق
    "fa": ("نگه",),
    "pa_Guru": ("ਰੱਖ*",),
    "zh_Hans": ("保持",),
    "zh_Hant": ("保持",),
}

# "Do not let", "avoid that", "take care that ... not": what follows in the clause is refused, however far the
# word is from the negation ("Evite que el yeso se moje", "Không để băng gạc bị ướt", 注意不要让伤口敷料沾水):
# rules._opposite_negated. As folded; Turkish and Persian put theirs on or after the verb.
LET_NOT: dict[str, tuple[str, ...]] = {
    "es": ("no deje que", "no permita que", "evite que", "evitar que", "impida que", "impedir que", "procure que no", "asegurese de que no",
           "cuide de que no"),
    "it": ("non lasci che", "non permetta che", "eviti che", "evitare che", "evitate che", "impedisca che",
           "faccia attenzione che non",
           "eviti di far", "evitare di far"),
    "el": ("μην αφησετε να", "μην αφηνετε να", "αποφυγετε να", "προσεξτε να μην", "φροντιστε να μην"),
    "vi": ("không để", "đừng để", "tránh để", "tránh làm", "tránh cho", "không được để", "chú ý không để"),
    "ar": ("لا تدع", "لا تترك", "تجنب ان", "احرص على الا", "احرص على عدم"),
    "zh_Hans": ("不要让", "不要使", "请勿让", "勿让", "避免让", "别让", "不能让", "注意不要", "注意避免", "小心不要", "防止"),
    "zh_Hant": ("不要讓", "不要使", "請勿讓", "勿讓", "避免讓", "別讓", "不能讓", "注意不要", "注意避免", "小心不要", "防止"),
}

# "Then": the words of a sequence, as folded ("Take 40 mg for 3 days, then 20 mg" as "... y luego 20 mg"). Where the
# English and its translation both say one, the doses must come in the English's order (rules._doses_turned_round).
# Not timing's "after" alone ("después de comer"), which a translation may put before the dose it follows.
THEN: dict[str, tuple[str, ...]] = {
    # not "después de" nor "aldıktan sonra", "tedavisinden sonra": after something, which may come first
    "es": ("luego", r"re:despues(?! del? | que )(?= )", "a continuacion", "posteriormente", "seguido de", "mas tarde"),
    "it": ("poi", "quindi", "successivamente", "in seguito", "dopodiche", "seguito da", "seguiti da"),
    "el": ("επειτα", "στη συνεχεια", "κατοπιν", "μετα απο αυτο", "και μετα", "ακολουθουμεν*"),
    "tr": (r"re:(?<!tan )(?<!ten )(?<!dan )(?<!den )sonra(?= )", "ardindan", "akabinde"),
    "vi": ("sau đó", "rồi sau đó", "tiếp theo", "tiếp đó"),  # not rồi alone (already)
    "ar": ("ثم", "بعد ذلک", "بعدها", "*یلیه", "*تلیها"),
    "fa": ("سپس", r"re:(?:پس|بعد) از آن(?! که )(?= )", "بعدا"),  # not "پس از آن که" (after [a clause])
    "pa_Guru": ("ਫਿਰ", "ਉਸ ਤੋਂ ਬਾਅਦ", "ਇਸ ਤੋਂ ਬਾਅਦ", "ਬਾਅਦ ਵਿੱਚ"),
    # 之后 only opening its clause ("，之后每天服用2片"), not after what it follows ("服用40毫克3天之后")
    "zh_Hans": ("然后", "再", "接着", "随后", "其后", "此后", "re:(?<=[，,；;])之后"),
    "zh_Hant": ("然後", "再", "接著", "隨後", "其後", "此後", "re:(?<=[，,；;])之後"),
}

# Verbs of forgetting: "No olvide tomarlo después de comer" is "remember to", its negation the forgetting's (rules.
# _opposite_negated). As folded.
FORGET: dict[str, tuple[str, ...]] = {
    "es": ("olvid*",), "it": ("dimentic*", "scord*"), "el": ("ξεχα*", "ξεχν*"), "tr": ("unut*",), "vi": ("quên",),
    "ar": ("*تنس", "*تنسى", "*ينسى", "*نسيان*"), "fa": ("فراموش*",), "pa_Guru": ("ਭੁੱਲ*", "ਭੁਲ*"),
    "zh_Hans": ("忘",), "zh_Hant": ("忘",),
}
UP_TO: dict[str, tuple[str, ...]] = {
    "es": ("hasta", "como mucho", "maxim*", "no mas de"),
    "it": ("fino a", "fino ad", "sino a", "al massimo", "massim*", "non piu di"),
    "el": ("εως", "μεχρι", "το πολυ", "μεγιστ*", "ανωτατ*"),  # κατ' ανώτατο όριο; not ως, "as"
    "tr": ("kadar", "en fazla", "en cok", "azami", "maksimum"),
    "vi": ("tối đa", "nhiều nhất", "lên đến", "lên tới", "không quá"),  # not a bare đến, tới ("to")
    "ar": ("حتى", "ما يصل إلى", "ما يصل الى", "لغاية", "*أقصى", "أقصاه", "على الأكثر", "لا يزيد", "لا تزيد"),  # not إلى, "to"
    # تا not between a range's numbers (۲ تا ۳ بار, two to three times)
    "fa": (r"re:(?<!\d )(?<!یک )(?<!دو )(?<!سه )(?<!چهار )(?<!پنج )(?<!شش )تا(?= )", "حداکثر"),  # not تاریخ
    "pa_Guru": ("ਤੱਕ", "ਤਕ", "ਵੱਧ ਤੋਂ ਵੱਧ", "ਜ਼ਿਆਦਾ ਤੋਂ ਜ਼ਿਆਦਾ"),
    # 至 as in 可用至4次 (up to 4 times), not a range's (4至6小时); not 以下, "the following"
    "zh_Hans": ("最多", "至多", r"re:(?<![\d一二两三四五六七八九十])至", "最大", "不超过", "以内", "之内", "达", "上限", "最高"),
    "zh_Hant": ("最多", "至多", r"re:(?<![\d一二兩三四五六七八九十])至", "最大", "不超過", "以內", "之內", "達", "上限", "最高"),
}

# A quarter, as folded text reads (rules._quarter_dropped): "Take a quarter of a tablet" written "Tome un comprimido"
# gives four times the dose. Any of these words (or ¼, ¾, 1/4, 3/4, 0.25, 0.75 in digits) keeps the English's quarter.
QUARTER: dict[str, tuple[str, ...]] = {
    "es": ("cuarto", "cuartos", "cuarta parte", "cuartas partes", "cuatro partes"),  # split in four
    "it": ("quarto", "quarti", "quarta parte", "quattro parti"),
    "el": ("τεταρτο", "τεταρτα", "τεταρτου"),
    "tr": ("ceyrek*", "ceyreg*", "dortte bir*", "dortte uc*"),  # çeyreğini
    "vi": ("phần tư",),
    "ar": ("ربع", "ربعا", "الربع", "بربع", "وربع", "لربع", "ارباع", "ثلاثة ارباع"),  # not اربع (four)
    "fa": ("چهارم", "یک\u200cچهارم", "یکچهارم", "سه\u200cچهارم", "سهچهارم", "ربع"),
    "pa_Guru": ("ਚੌਥਾਈ", "ਚੌਥਾ ਹਿੱਸਾ", "ਚੌਥੇ ਹਿੱਸੇ", "ਪੌਣਾ", "ਪੌਣੀ"),  # ਪੌਣਾ: three quarters
    "zh_Hans": ("四分之一", "四分之三", "1/4", "四等份", "四份"),
    "zh_Hant": ("四分之一", "四分之三", "1/4", "四等份", "四份"),
}

# A quarter (or three quarters) of an hour, as folded text reads: no quarter of a dose, for rules._quarter_dropped and
# rules._quarter_changed ("Tome un comprimido un cuarto de hora antes" for "a quarter of a tablet" says none).
QUARTER_OF_TIME: dict[str, tuple[str, ...]] = {
    "es": ("re:(?:tres )?cuartos? de hora[^ ]*",),
    "it": ("re:(?:tre )?quart[oi] d ?ora[^ ]*", "re:(?:tre )?quart[oi] di ora[^ ]*"),
    "el": ("re:(?:[^ ]+ )?τεταρτ[^ ]* (?:τησ )?ωρασ",),  # ένα τέταρτο της ώρας, ενός τετάρτου της ώρας
    # çeyrek saat; "dokuzu çeyrek geçe" (a quarter past nine), "çeyrek kala" (a quarter to)
    "tr": ("re:(?:uc )?ceyrek saat[^ ]*", "re:ceyrek (?:gece|kala)(?= )"),
    "vi": ("re:(?:(?:một|ba) )?phần tư (?:giờ|tiếng)",),
    # ربع ساعة, بربع الساعة; الثامنة إلا ربعًا (a quarter to eight)
    "ar": ("re:(?:ب|ل)?(?:ربع|ثلاثة ارباع) (?:ال)?ساع[^ ]*", "re:الا ربع[^ ]*"),
    "fa": ("re:(?:یک |سه )?ربع[ \u200c]?ساعت[^ ]*", "re:(?:یک|سه)[ \u200c]?چهارم ساعت[^ ]*"),
    "pa_Guru": ("re:(?:ਇੱਕ |ਤਿੰਨ )?ਚੌਥਾਈ ਘੰਟ[^ ]*", "re:ਪੌਣ[ਾੇ] ਘੰਟ[^ ]*", "re:ਘੰਟੇ ਦਾ (?:ਤਿੰਨ )?ਚੌਥਾਈ(?: ਹਿੱਸਾ)?"),
    "zh_Hans": ("re:四分之[一三]个?小时",),
    "zh_Hant": ("re:四分之[一三]個?小時",),
}

# Three quarters, as folded text reads (rules._quarter_changed): a quarter written for three quarters is a third of
# the dose, three quarters for a quarter three times it. Each is a form of QUARTER too.
THREE_QUARTERS: dict[str, tuple[str, ...]] = {
    "es": ("tres cuartos", "tres cuartas partes"),
    "it": ("tre quarti", "tre quarte parti"),
    "el": ("τρια τεταρτα",),
    "tr": ("dortte uc*", "uc ceyrek*", "uc ceyreg*"),  # üç çeyreğini
    "vi": ("ba phần tư",),
    "ar": ("ثلاثة ارباع", "ثلاث ارباع"),
    "fa": ("سه چهارم", "سه\u200cچهارم", "سهچهارم"),
    "pa_Guru": ("ਤਿੰਨ ਚੌਥਾਈ", "ਪੌਣਾ", "ਪੌਣੀ"),  # not ਪੌਣੇ: ਪੌਣੇ ਦੋ is a quarter less than two
    "zh_Hans": ("四分之三",),
    "zh_Hant": ("四分之三",),
}

# Words for half, and half of a dose. A translation of "half a tablet", "half the dose", "one and a half tablets" or
# "halve the dose" with no word of HALF and no number ending in .5 (½, "0,5", "1/2") gives the whole dose; a
# translation with a HALF_A_DOSE phrase where the English says no half (nor ½, .5, a split or broken tablet) gives
# half of it ("medio comprimido" for "one tablet"; rules._half_dropped_or_added). HALF_A_DOSE ties the half to a dose
# noun, before or after it, so that "media hora", "por medio de", "la dosis media" (the average dose), "yarı
# oturur", "nửa đêm", "نیم ساعت", "ਅੱਧਾ ਘੰਟਾ", 半小时, 8点半 or "الثامنة والنصف" (half past eight) are no half of a dose. A "re:" pattern is matched as
# folded text reads.
_ES_DOSE = ("(?:comprimido|pastilla|tableta|capsula|gragea|dosis|cucharad|cucharit|sobres|gotas|parche|supositorio"
            "|ampolla|inyeccion|vial|jeringa|ml|mililitro|pulverizacion|aplicacion|unidad|tubo|ovulo|pluma)[^ ]*")
_IT_DOSE = ("(?:compress|pastigli|capsul|confett|dose|dosi|cucchiai|misurin|bustin|gocc|cerott|supposte|fial"
            "|iniezion|siring|ml|millilitr|pillol|spruzz|erogazion|flacon|unita)[^ ]*")
_EL_DOSE = ("(?:δισκι|δισκ|χαπι|καψακι|καψουλ|ταμπλετ|κουφετ|δοσ|κουταλ|μεζουρ|φακελισκ|σταγον|επιθεμ|εμπλαστρ|υποθετ"
            "|αμπουλ|φυαλιδ|ενεσ|ψεκασμ|συριγγ|δοσομετρ|ml)[^ ]*")
# δυόμισι, τρεισήμισι, τεσσερισήμισι: two, three, four and a half (not οχτώμισι, half past eight)
_EL_AND_A_HALF = "(?:δυο|τρεισ?η|τεσσερισ?η)μισ[ιη]"
_TR_DOSE = ("(?:tablet|hap|kapsul|draje|doz|kasik|olcek|sase|damla|bant|flaster|yama|fitil|ampul|flakon|enjeksiyon"
            "|igne|ml|mililitre|poset|olcu|puf|tup)[^ ]*")
_TR_NUMBER = "(?:bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|[0-9]+)"
_VI_DOSE = "(?:viên|liều|thìa|muỗng|gói|giọt|miếng dán|ống|mũi tiêm|ml|lọ|vỉ|tuýp|lượng|nhát|chai|bút)"
_AR_DOSE = ("(?:[^ ]*(?:قرص|اقراص|حبة|حبه|حبات|حبوب|کبسول|جرعة|جرعه|جرعات|ملعقة|ملعقه|ملاعق|اکیاس|قطرة|قطرات"
            "|لصقة|لصقات|تحمیلة|امبول|حقنة|حقن|بخة|بخات|انبوب|کمیة|کمیه|عبوة)[^ ]*|مل)")
_FA_DOSE = "[^ ]*(?:قرص|دوز|کپسول|قاشق|ساشه|قطره|چسب|شیاف|امپول|تزریق|سرنگ|ویال|پیمانه|مقدار|پاف|اسپری)[^ ]*"
_PA_DOSE = "(?:ਗੋਲੀ|ਟੈਬਲੇਟ|ਟੈਬਲੈੱਟ|ਕੈਪਸੂਲ|ਖ\u0a3c?ੁਰਾਕ|ਚਮਚ|ਬੂੰਦ|ਟੀਕ|ਪੈਚ|ਸੈਸ਼ੇ|ਪੁੜੀ|ਦਵਾਈ|ਸ਼ੀਸ਼ੀ|ਮਾਪ|ਢੱਕਣ)[^ ]*"
_PA_HALF = "(?:ਅੱਧੀ|ਅੱਧਾ|ਅੱਧੇ|ਅੱਧ|ਅਧੀ|ਅਧਾ|ਅਧੇ)"
_ZH_DOSE = "(?:剂量|劑量|用量|药量|藥量|片|粒|颗|顆|錠|锭)"
HALF: dict[str, tuple[str, ...]] = {
    "es": ("medio", "media", "medios", "medias", "mitad*"),
    "it": ("mezzo", "mezza", "mezze", "mezzi", "meta", "dimezz*"),
    "el": ("μισ*", "εναμισ*", "μιαμισ*", "ημισ*", "υποδιπλασ*", f"re:{_EL_AND_A_HALF}(?= )"),
    "tr": ("yarim*", "yari", "yarisi*", "yariya*", "bucuk*"),  # not yarın (tomorrow), folded "yarin"
    "vi": ("nửa", "rưỡi"),
    "ar": ("*نصف*",),
    "fa": ("*نصف*", "نیم", "نیمی", "نیم\u200c*", "*ونیم", "نیمه*"),  # not the ending of کنیم (we do)
    "pa_Guru": ("ਅੱਧ*", "ਅਧੀ", "ਅਧਾ", "ਅਧੇ", "ਡੇਢ", "ਢਾਈ", "ਸਾਢੇ"),
    "zh_Hans": ("半", "二分之一"),
    "zh_Hant": ("半", "二分之一"),
}
_ZH_AND_A_HALF = "re:[一二两兩三四五六七八九十0-9０-９](?:片|粒|颗|顆|錠|锭|支|勺|匙)半(?![小钟鐘个個天日年月夜])"  # 一片半: one and a half tablets
# not 半包 (half a pack: of cigarettes, as often as of a medicine)
_ZH_HALF_A_DOSE = ("re:半(?:片(?!刻)|粒|颗|顆|錠|锭|剂|劑|量|勺|匙|茶匙|汤匙|湯匙|支|块|塊|丸|管|贴|貼|揿|喷|噴|格)",
                   f"re:{_ZH_DOSE}[^，。；,;]{{0,4}}[减減]半", "re:[减減]半(?:剂量|劑量|用量|药量|藥量|服用)",
                   f"re:{_ZH_DOSE}的?一半", f"re:一半的?{_ZH_DOSE}", f"re:二分之一{_ZH_DOSE}",
                   _ZH_AND_A_HALF)
# One and a half of a dose (or two, three and a half): "un comprimido y medio", ενάμισι δισκίο, "bir buçuk tablet", 一片半.
# "Take half a tablet" written so is three times the dose; "one and a half tablets" written "medio comprimido" a third.
AND_A_HALF: dict[str, tuple[str, ...]] = {
    "es": (f"re:{_ES_DOSE} y medi[oa](?= )(?! (?:hora|horas|manana|tarde|noche) )",
           f"re:(?:un|una|uno|dos|tres|cuatro|[0-9]+) y medi[oa] {_ES_DOSE}(?= )"),  # "una y media pastillas"
    "it": (f"re:{_IT_DOSE} e mezz[oa](?= )(?! (?:ora|mattina|giornata) )",
           f"re:(?:un|una|uno|due|tre|quattro|[0-9]+) e mezz[oa] {_IT_DOSE}(?= )"),
    "el": (f"re:{_EL_AND_A_HALF} {_EL_DOSE}(?= )", "re:(?:εναμισ|μιαμισ)[^ ]* (?!(?:ωρ|λεπτ|χρον|μην|εβδομαδ|μερ|ημερ)[^ ]* )",
           f"re:{_EL_DOSE} και μισ[οαη](?= )"),
    "tr": (f"re:(?<!saat ){_TR_NUMBER} bucuk {_TR_DOSE}(?= )",),
    "vi": (f"re:{_VI_DOSE}(?: (?!\\d)[^ ]+)? rưỡi(?= )",),
    "ar": (f"re:{_AR_DOSE}(?: [^ ]+)? ونصف[^ ]*(?= )",),
    "fa": (f"re:{_FA_DOSE} و ?نیم(?= )", f"re:(?:یک|دو|سه|چهار|[0-9۰-۹]+) و ?نیم {_FA_DOSE}(?= )"),
    "pa_Guru": (f"re:(?:ਡੇਢ|ਢਾਈ|ਸਾਢੇ) (?:[^ ]+ )?{_PA_DOSE}(?= )",),
    "zh_Hans": (_ZH_AND_A_HALF,),
    "zh_Hant": (_ZH_AND_A_HALF,),
}
HALF_A_DOSE: dict[str, tuple[str, ...]] = {
    "es": (f"re:medi[oa]s? {_ES_DOSE}(?= )", *AND_A_HALF["es"],
           f"re:mitad (?:de |del )(?:[^ ]+ ){{0,2}}{_ES_DOSE}(?= )",
           f"re:{_ES_DOSE} (?:[^ ]+ ){{0,3}}(?:a|en|por) la mitad(?= )(?! (?:de|del) )"),
    "it": (f"re:mezz[oa] {_IT_DOSE}(?= )", *AND_A_HALF["it"],
           ("re:meta (?!(?:mattina|pomeriggio|giornata|serata|pasto|trattamento|gravidanza|coscia|braccio|ciclo|confezione) )"
            f"(?:[^ ]+ ){{0,2}}{_IT_DOSE}(?= )"),
           (f"re:{_IT_DOSE} (?:[^ ]+ ){{0,3}}(?:a|alla|della|di) meta(?= )"
            "(?! (?:di|del|della|dello|dei|delle|pomeriggio|mattina|giornata|serata) )"),
           f"re:dimezz[^ ]* (?:[^ ]+ ){{0,2}}{_IT_DOSE}(?= )", f"re:{_IT_DOSE} (?:[^ ]+ ){{0,2}}dimezzat[^ ]*(?= )"),
    "el": (f"re:(?:μισο|μιση|μισα|μισου|μισησ|μισεσ) {_EL_DOSE}(?= )", *AND_A_HALF["el"],
           f"re:μισο (?:τησ|του|των) (?:[^ ]+ ){{0,2}}{_EL_DOSE}(?= )",
           f"re:{_EL_DOSE} (?:[^ ]+ ){{0,3}}(?:στο|κατα το|στα) (?:μισο|ημισυ)(?= )",
           f"re:υποδιπλασ[^ ]* (?:[^ ]+ ){{0,2}}{_EL_DOSE}(?= )", f"re:{_EL_DOSE} (?:[^ ]+ ){{0,2}}υποδιπλασ[^ ]*(?= )"),
    # "saat dokuz buçuk": half past nine, no half of a dose
    "tr": (f"re:(?:yarim|yari) {_TR_DOSE}(?= )", *AND_A_HALF["tr"],
           f"re:{_TR_DOSE} (?:yarisi|yariya)[^ ]*(?= )"),
    "vi": (f"re:(?:một )?nửa (?:[^ ]+ ){{0,2}}{_VI_DOSE}(?= )", *AND_A_HALF["vi"],
           f"re:{_VI_DOSE} (?:[^ ]+ ){{0,3}}(?:một )?nửa(?= )"),
    "ar": (f"re:(?:و|ب|ل|ف)?(?:ال)?نصف {_AR_DOSE}(?= )", *AND_A_HALF["ar"],
           f"re:{_AR_DOSE} (?:[^ ]+ ){{0,3}}[^ ]*(?<!و)النصف(?= )(?! (?:الثانی|الاول|الاخیر) )"),
    "fa": (f"re:(?:ب)?(?:نصف|نیم|نیمی)(?: از)?[ \u200c]{_FA_DOSE}(?= )", *AND_A_HALF["fa"],
           f"re:{_FA_DOSE} (?:[^ ]+ ){{0,3}}(?<!و )(?:به |ب)?(?:نصف|نیم)(?= )"),
    "pa_Guru": (f"re:{_PA_HALF} {_PA_DOSE}(?= )", *AND_A_HALF["pa_Guru"],
                f"re:{_PA_DOSE} (?:[^ ]+ ){{0,3}}{_PA_HALF}(?= )"),
    "zh_Hans": _ZH_HALF_A_DOSE,
    "zh_Hant": _ZH_HALF_A_DOSE,
}

# Halves of time, and words that hold a half of nothing (半乳糖 galactose, "medio ambiente", الصداع النصفي migraine),
# taken out of a translation before lexicon.HALF or HALF_A_DOSE is looked for: "Tome un comprimido media hora
# antes" for "half a tablet half an hour before" says no half of a dose. As folded text reads.
_ES_HOURS = "(?:hora|horas|[0-9]+|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
_IT_HOURS = "(?:ora|ore|[0-9]+|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)"
HALF_OF_TIME: dict[str, tuple[str, ...]] = {
    "es": ("re:medi[oa] (?:hora|manana|tarde|noche|jornada)[^ ]*", "medio ambiente", "medios de", f"re:(?:las|la) {_ES_HOURS} y medi[oa](?= )",
           "re:horas? y medi[oa](?= )",
           ("re:(?:a|en|hacia) (?:la )?mitad (?:de|del) (?:la )?(?:manana|tarde|noche|dia|comida|tratamiento|embarazo"
            "|ciclo|semana|mes)")),
    "it": ("re:mezz[oa]? ?ora", "mezzo di contrasto", "mezzi di", f"re:(?:le|alle|l|all) {_IT_HOURS} e mezz[oa](?= )", "re:ore e mezz[oa](?= )",
           "re:meta (?:mattina|pomeriggio|giornata|serata|pasto|trattamento|gravidanza|ciclo|confezione)"),
    "el": ("re:μισ[ηο] (?:ωρ|λεπτ)[^ ]*", "re:μισαωρ[^ ]*", "re:(?:στισ|τισ|ωρα|ωρεσ) (?:[^ ]+ )?και μιση(?= )",
           "re:(?:στο )?μισο (?:του|τησ) (?:κυκλου|θεραπειασ|διαστηματοσ|χρονου)"),
    "tr": ("re:yarim saat[^ ]*", "re:saat (?:[^ ]+ )?bucuk[^ ]*", "re:bucuk saat[^ ]*"),
    # and halves of something else: "nửa người" (half the body), "nửa kia" (the other half), "nửa chừng" (halfway)
    "vi": (("re:nửa (?:đêm|giờ|tiếng|phút|giây|buổi|ngày|năm|tháng|tuần|đầu|người|mặt|thân|chừng|đường|sau|cuối|kia"
            "|còn lại)"), "re:(?:giờ|tiếng|\\d+) rưỡi"),
    "ar": ("re:(?:ب|ل)?نصف ساع[^ ]*", "re:ساع[^ ]* ونصف", "re:[^ ]+ والنصف", "re:[^ ]*منتصف[^ ]*", "re:[^ ]*نصفی(?:ة|ه)?(?= )"),
    "fa": ("re:(?:نصف|نیم)[ \u200c]?(?:ساعت|دقیقه|ثانیه|شب|روز)[^ ]*", "re:نیمه[ \u200c]?شب", "re:[^ ]*نیم[ \u200c]?(?:دقیقه|روز)",
           f"re:ساعت (?:[^ ]+ )?و ?نیم(?= )(?! {_FA_DOSE})"),
    "pa_Guru": ("re:ਅ(?:ੱ)?ਧ[ਾੀੇ]? (?:ਘੰਟ|ਰਾਤ|ਦਿਨ|ਵਿਚਕਾਰ|ਵਿੱਚਕਾਰ|ਵਿਚਾਲੇ|ਵਿੱਚਾਲੇ|ਮਿੰਟ|ਸਾਲ|ਮਹੀਨ|ਹਫ਼ਤ|ਹਫਤ|ਉਮਰ)[^ ]*",
                "re:ਸਾਢੇ [^ ]+ ਵਜੇ", "re:(?:ਡੇਢ|ਢਾਈ) (?:ਘੰਟ|ਮਿੰਟ)[^ ]*"),
    "zh_Hans": ("半小时", "半个小时", "半夜", "半年", "re:[点點]半", "半个月", "半天", "半衰期", "上半身", "下半身", "大半", "半身", "半乳糖", "半胱氨酸",
                "re:多半(?![片粒颗顆錠锭勺匙支])"),
    "zh_Hant": ("半小時", "半個小時", "半夜", "半年", "re:[点點]半", "半個月", "半天", "半衰期", "上半身", "下半身", "大半", "半身", "半乳糖", "半胱氨酸",
                "re:多半(?![片粒颗顆錠锭勺匙支])"),
}

# Words for "a week", "weekly": "once" right beside one is a count of one time ("una vez a la semana" for "twice a
# week" halves it), as beside a word for the day (ONCE). Chinese 一次 right after 每周: rules._cjk_counts.
WEEKLY: dict[str, tuple[str, ...]] = {
    "es": ("a la semana", "por semana", "cada semana", "semanal*"),
    "it": ("alla settimana", "a settimana", "per settimana", "ogni settimana", "settimanal*"),
    "el": ("την εβδομαδα", "τη βδομαδα", "ανα εβδομαδα", "καθε εβδομαδα", "καθε βδομαδα", "εβδομαδιαι*"),
    "tr": ("haftada", "haftalik", "her hafta"),
    "vi": ("mỗi tuần", "một tuần", "hàng tuần", "hằng tuần", "re:(?<!cách )tuần(?= (?:một|hai|ba|\\d+) lần )"),
    "ar": ("اسبوعيا", "في الاسبوع", "كل اسبوع", "بالاسبوع"),
    "fa": ("در هفته", "هفته\u200cای", "هفته ای", "هر هفته", "هفتگی"),
    "pa_Guru": ("ਹਫ਼ਤੇ ਵਿੱਚ", "ਹਫਤੇ ਵਿੱਚ", "ਹਰ ਹਫ਼ਤੇ", "ਹਰ ਹਫਤੇ", "ਹਫ਼ਤਾਵਾਰ*", "ਹਫਤਾਵਾਰ*", "ਪ੍ਰਤੀ ਹਫ਼ਤਾ"),
}

# The weekdays one by one, 1 Monday to 7 Sunday: a translation naming another weekday than the English's fails
# (rules.weekdays: "cada martes" for "every Monday"); any of them says a weekly dose ("cada lunes", "her pazartesi",
# 每周一: rules._period_swapped). Matched as PER_DAY is, on the folded text.
_EL_ORDINAL_NOT_A_DAY = ("(?:η|ησ|εσ)(?= )(?! (?:ημερ|μερ|δοσ|φορ|εβδομαδ|ηλικι|εγχυσ|ενεσ|θεραπει|συνεδρι|καψουλ|"
                         "επισκεψ|γενι|γραμμ|σειρ|συσκευασ|ταμπλετ|χορηγησ|μετρησ|εισπνο|αμπουλ|συριγγ))")
# "thứ Hai" (Monday), "thứ 2", "các ngày thứ Hai" (Mondays); not "lần thứ hai" (the second time), "viên thứ hai"
_VI_NOT_AN_ORDINAL = "re:" + "".join(f"(?<!{noun} )" for noun in (
    "lần", "liều", "viên", "mũi", "giọt", "đợt", "bước", "tuần", "tháng", "tiêm", "thuốc", "người", "bên", "vỉ", "lọ",
    "năm", "kỳ", "bút", "ống", "gói", "miếng")) + "thứ "
# 周三, not 每周三片 (three a week), 一周三天 (three days a week) or 每周五毫克 (5 mg a week)
_ZH_HANS_DAY, _ZH_HANS_NOT_A_DAY = "re:(?:周|星期|礼拜)", "(?![片粒颗锭錠剂滴针次天日个毫微克支袋瓶])(?![至到][一二两三四五六七八九十]+次)"
_ZH_HANT_DAY, _ZH_HANT_NOT_A_DAY = "re:(?:週|周|星期|禮拜)", "(?![片粒顆錠锭劑滴針次天日個毫微克支袋瓶])(?![至到][一二兩三四五六七八九十]+次)"


def _zh_listed(numeral: str) -> tuple[str, ...]:
    """A weekday listed after another by its numeral alone: the 三 and 五 of 每周一、三、五 (Mondays, Wednesdays and
    Fridays), the 五 of 周一至五 (Monday to Friday); not 周一到三楼 (on Monday, to the third floor) nor 周一到日间病房
    (on Mondays, to the day unit)."""
    day, counted = "[一二三四五六日天]", "(?![次片粒颗顆楼樓层層号號点點时時个個周週月年天日间間])"
    to_day = () if numeral == "[日天]" else (f"re:(?<=[周週]{day}[至到]){numeral}{counted}",
                                             f"re:(?<=星期{day}[至到]){numeral}{counted}")
    listed = tuple(f"re:(?<={week}{day}、{before}){numeral}" for week in ("[周週]", "星期") for before in ("", f"{day}、"))
    return (*listed, *to_day)


# شنبه (Saturday), not the شنبه of سه شنبه (Tuesday) written with a space
_FA_SATURDAY = "re:(?<!یک )(?<!دو )(?<!سه )(?<!چهار )(?<!پنج )شنبه[^ ]*"
WEEKDAY_NAMES: dict[str, Mapping[int, tuple[str, ...]]] = {
    "es": {1: ("lunes",), 2: ("martes",), 3: ("miercoles",), 4: ("jueves",), 5: ("viernes",), 6: ("sabado*",),
           7: ("domingo*",)},
    "it": {1: ("lunedi",), 2: ("martedi",), 3: ("mercoledi",), 4: ("giovedi",), 5: ("venerdi",), 6: ("sabato", "sabati"),
           7: ("domenica", "domeniche")},
    # and "τις Δευτέρες", "της Κυριακής" (a final ς folds to σ); τρίτη, τέταρτη, πέμπτη not before what they are the
    # third of ("την τρίτη ημέρα", the third day; "τρίτης ηλικίας", elderly; "την τρίτη έγχυση")
    "el": {1: ("δευτερα", "δευτερας", "δευτερες"), 2: (f"re:τριτ{_EL_ORDINAL_NOT_A_DAY}",),
           3: (f"re:τεταρτ{_EL_ORDINAL_NOT_A_DAY}",), 4: (f"re:πεμπτ{_EL_ORDINAL_NOT_A_DAY}",),
           5: ("παρασκευη", "παρασκευης", "παρασκευες"), 6: ("σαββατο", "σαββατου", "σαββατα"),
           7: ("κυριακη", "κυριακης", "κυριακες")},
    # salı, not salınımlı (modified-release) or salisilik; cuma and pazar, not cumartesi and pazartesi
    "tr": {1: ("pazartesi*",), 2: ("salı", "salısı", "salıları", "salıya", "salıdan", "salının", "salıyı"),
           3: ("carsamba*",), 4: ("persembe*",), 5: ("re:cuma(?!rtesi)[^ ]*",), 6: ("cumartesi*",),
           7: ("re:pazar(?!tesi|lam|yer)[^ ]*",)},
    "vi": {day: (f"{_VI_NOT_AN_ORDINAL}(?:{name}|{day + 1})(?= )",)
           for day, name in ((1, "hai"), (2, "ba"), (3, "tư"), (4, "năm"), (5, "sáu"), (6, "bảy"))}
    | {7: ("chủ nhật", "cn")},  # CN: Chủ nhật, Sunday
    # and "يوم اثنين وخميس" (Monday and Thursday: the second without its article, after و; not واحد, one)
    "ar": {1: ("*الاثنين", "يوم اثنين", "كل اثنين"), 2: ("*الثلاثاء", "يوم ثلاثاء", "كل ثلاثاء", "وثلاثاء"),
           3: ("*الاربعاء", "يوم اربعاء", "كل اربعاء", "واربعاء"), 4: ("*الخميس", "يوم خميس", "كل خميس", "وخميس"),
           5: ("*الجمعة", "يوم جمعة", "كل جمعة", "ايام الجمع", "وجمعة"), 6: ("*السبت", "يوم سبت", "كل سبت", "وسبت"),
           7: ("*الاحد", "*الاحاد", "يوم احد", "كل احد")},
    "fa": {1: ("دوشنبه*", "دو شنبه*"), 2: ("سه\u200cشنبه*", "سه شنبه*"), 3: ("چهارشنبه*", "چهار\u200cشنبه*", "چهار شنبه*"),
           4: ("پنجشنبه*", "پنج\u200cشنبه*", "پنج شنبه*"), 5: ("جمعه*",), 6: (_FA_SATURDAY,),
           7: ("یکشنبه*", "یک\u200cشنبه*", "یک شنبه*")},
    "pa_Guru": {1: ("ਸੋਮਵਾਰ*",), 2: ("ਮੰਗਲਵਾਰ*",), 3: ("ਬੁੱਧਵਾਰ*", "ਬੁਧਵਾਰ*"), 4: ("ਵੀਰਵਾਰ*", "ਬ੍ਰਹਿਸਪਤੀਵਾਰ*"),
                5: ("ਸ਼ੁੱਕਰਵਾਰ*", "ਸ਼ੁਕਰਵਾਰ*"), 6: ("ਸ਼ਨੀਵਾਰ*", "ਸ਼ਨਿੱਚਰਵਾਰ*", "ਸ਼ਨੀਚਰਵਾਰ*", "ਛਨਿੱਚਰਵਾਰ*", "ਸ਼ਨਿਚਰਵਾਰ*"),
                7: ("ਐਤਵਾਰ*",)},
    "zh_Hans": {day: (f"{_ZH_HANS_DAY}{numeral}{_ZH_HANS_NOT_A_DAY}", *_zh_listed(numeral))
                for day, numeral in ((1, "一"), (2, "二"), (3, "三"), (4, "四"), (5, "五"), (6, "六"), (7, "[日天]"))},
    "zh_Hant": {day: (f"{_ZH_HANT_DAY}{numeral}{_ZH_HANT_NOT_A_DAY}", *_zh_listed(numeral))
                for day, numeral in ((1, "一"), (2, "二"), (3, "三"), (4, "四"), (5, "五"), (6, "六"), (7, "[日天]"))},
}
# Monday to Friday in one word ("días laborables", 工作日), as WEEKEND is Saturday and Sunday
WORKING_DAYS: dict[str, tuple[str, ...]] = {
    "es": ("dias laborables", "dia laborable", "dias laborales", "dias habiles", "entre semana"),
    "it": ("giorni feriali", "giorno feriale", "giorni lavorativi"),
    # καθημερινές alone, not "καθημερινές δραστηριότητες" (daily activities)
    "el": ("re:καθημερινεσ(?= )(?! (?:σασ|μασ|του|τησ|δραστηριοτητεσ|εργασιεσ|ασχολιεσ|αναγκεσ) )",),
    "tr": ("hafta ici",), "vi": ("ngày thường", "ngày làm việc"), "ar": ("ايام العمل",),
    "fa": ("روزهای کاری",), "pa_Guru": ("ਕੰਮਕਾਜੀ ਦਿਨ*",), "zh_Hans": ("工作日",), "zh_Hant": ("工作日",),
}
# The weekend, Saturday and Sunday in one word
WEEKEND: dict[str, tuple[str, ...]] = {
    "es": ("fin de semana", "fines de semana"),
    "it": ("fine settimana", "weekend"),
    "el": ("σαββατοκυριακ*",),
    "tr": ("hafta sonu*", "hafta sonlar*"),
    "vi": ("re:cuối tuần(?= )(?! (?:thứ|\\d|đầu|này) )",),
    "ar": ("re:نهایة الاسبوع(?= )(?! (?:الاول|الثانی|الثالث|الرابع|الخامس|السادس|\\d))", "عطلة الاسبوع"),
    "fa": ("re:اخر هفته[^ ]*(?= )(?! (?:اول|دوم|سوم|چهارم|پنجم|ششم|\\d))", "تعطیلات آخر هفته"),
    "pa_Guru": ("re:(?<!ਪਹਿਲੇ )(?<!ਦੂਜੇ )(?<!ਤੀਜੇ )(?<!ਚੌਥੇ )ਹਫ਼ਤੇ ਦੇ ਅੰਤ[^ ]*", "ਹਫਤੇ ਦੇ ਅੰਤ*", "ਵੀਕਐਂਡ"),
    "zh_Hans": ("周末", "双休日"),
    "zh_Hant": ("週末", "周末", "雙休日"),
}
# Words between two weekdays that make them a range, every day from the one to the other ("de lunes a viernes",
# "Δευτέρα με Παρασκευή", 周一至周五); so does a dash, read as the first of them, and in Turkish the first day's
# ending ("pazartesiden cumaya", WEEKDAY_RANGE_ENDINGS). As folded.
WEEKDAY_RANGE: dict[str, tuple[str, ...]] = {
    "es": ("a", "al", "hasta", "hasta el"),
    "it": ("a", "al", "fino", "fino al", "fino a"),
    "el": ("εως", "ως", "μεχρι", "με", "εως και", "εως την", "εως το", "ως και", "μεχρι και", "μεχρι την", "μεχρι το"),
    "tr": ("den", "dan", "ten", "tan", "kadar", "gununden", "gunden"),
    "vi": ("đến", "tới", "cho đến", "cho tới"),
    "ar": ("الى", "حتى", "الى يوم", "حتى يوم", "وحتى", "والى"),
    "fa": ("تا", "الی"),
    "pa_Guru": ("ਤੋਂ", "ਤੱਕ", "ਤੋਂ ਲੈ ਕੇ"),
    "zh_Hans": ("至", "到"),
    "zh_Hant": ("至", "到"),
}
WEEKDAY_RANGE_ENDINGS: dict[str, tuple[str, ...]] = {
    "tr": ("den", "dan", "ten", "tan"),
}
# A range said around its second day ("pazartesi ile cuma arasında", between Monday and Friday): the regex, on the
# word line, of the word between the days, and the range word it reads as (a bare "ile" is "and").
WEEKDAY_RANGE_AROUND: dict[str, tuple[tuple[str, str], ...]] = {
    "tr": ((r" ile (?=[^ ]+ (?:gunu |gunleri )?arasi)", "den"),),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {lang: (*(form for forms in days.values() for form in forms), *WEEKEND.get(lang, ()))
                                        for lang, days in WEEKDAY_NAMES.items()}

# Words for a time of the day (morning, noon, evening, night, a meal, bedtime, now or immediately), today or tonight,
# and the weekdays (WEEKDAYS): a count
# beside one is that time's dose, not a total of the day's ("dos comprimidos por la mañana y uno por la noche", 早上两片, "cuatro comprimidos
# ahora"), unless a word for a total is beside it too (TOTAL). As PER_DAY, matched on the folded text.
_PARTS_OF_THE_DAY: dict[str, tuple[str, ...]] = {
    # "la mañana", not "mañana" (tomorrow); "ahora", not "a partir de ahora" (from now on); not meals in general
    # ("con las comidas", with meals), which say how a dose is taken, not when
    "es": ("la manana", "las mananas", "cada manana", "media manana", "tarde", "noche", "mediodia", "madrugada",
           "desayun*", "almuerzo", "cena", "cenar", "acostarse", "dormir", "levantarse",
           "re:(?<!desde )(?<!de )ahora(?= )", "de inmediato", "inmediatamente", "hoy", "esta noche"),
    "it": ("mattin*", "pomeriggio", "sera", "serale", "serata", "notte", "mezzogiorno", "colazione", "pranzo", "cena",
           "coricarsi", "dormire", "subito", "adesso", "immediatamente", "oggi", "stasera"),
    "el": ("πρωι*", "μεσημερι*", "απογευμα*", "βραδυ", "βραδια*", "βραδιν*", "νυχτα*", "δειπνο*", "υπνο*", "τωρα", "αμεσως",
           "σημερα", "αποψε"),
    "tr": ("sabah*", "ogle*", "aksam*", "gece", "geceleri", "gecenin", "kahvalti*", "yatmadan", "yatarken", "uyumadan",
           "simdi", "hemen", "bugun", "bu aksam", "bu gece"),
    "vi": (_VI_MORNING, "trưa", "chiều", _VI_EVENING, "đêm", "bữa sáng", "đi ngủ", "bây giờ", "hôm nay", "tối nay"),
    "ar": ("*صباح*", "*مساء*", "ظهرا", "الظهيرة", "بعد الظهر", "ليلا", "وليلا", "بالليل", "الليل", "*الفطور",
           "*الافطار", "*العشاء", "*الغداء", "*النوم", "الان", "فورا", "الليلة"),
    "fa": ("صبح*", "ظهر", "عصر", "شب", "شام", "ناهار", "*صبحانه", "خواب", "اکنون", "الان", "هم\u200cاکنون", "فورا",
           "امروز", "امشب"),
    "pa_Guru": ("ਸਵੇਰ*", "ਦੁਪਹਿਰ*", "ਸ਼ਾਮ*", "ਰਾਤ*", "ਨਾਸ਼ਤ*", "ਸੌਣ*", "ਹੁਣ", "ਤੁਰੰਤ", "ਅੱਜ"),
    # 早/晚 alone before a dose or 各 (早一片，晚两片; 早晚各一片), not in 尽早 or 提早 (early)
    "zh_Hans": ("早上", "早晨", "晨起", "早餐", "早饭", "上午", "中午", "午餐", "午饭", "下午", "晚上", "晚餐", "晚饭",
                "傍晚", "夜间", "夜里", "睡前", "睡觉前", "临睡", "每晚", "现在", "立即", "立刻", "马上",
                "今天", "今晚", "re:(?<![尽提趁])[早晚](?=[服各和及一二两三四1-9])"),
    "zh_Hant": ("早上", "早晨", "晨起", "早餐", "早飯", "上午", "中午", "午餐", "午飯", "下午", "晚上", "晚餐", "晚飯",
                "傍晚", "夜間", "夜裡", "睡前", "睡覺前", "臨睡", "每晚", "現在", "立即", "立刻", "馬上",
                "今天", "今晚", "re:(?<![盡提趁])[早晚](?=[服各和及一二兩三四1-9])"),
}
# The parts of the day a time is told with ("a las 8 de la tarde", 晚上8点, "8 giờ tối"): the morning, the afternoon
# and evening, and the night (the small hours' too: "le 2 di notte" for "2am"). A translation whose every such word
# is of another half of the day than all the English's times ("8 a.m." written "de la tarde") fails
# (rules._half_of_the_day_swapped). As folded.
PARTS_TELLING_THE_TIME: dict[str, Mapping[str, tuple[str, ...]]] = {
    "es": {"morning": ("de la manana", "por la manana", "de la madrugada", "en la madrugada"),  # the small hours
           "evening": ("de la tarde", "por la tarde"),
           "night": ("de la noche", "por la noche")},
    "it": {"morning": ("di mattina", "del mattino", "la mattina", "di mattino"),
           "evening": ("di sera", "della sera", "la sera", "del pomeriggio", "di pomeriggio", "il pomeriggio",
                       "nel pomeriggio", "in serata"),
           "night": ("di notte",)},
    "el": {"morning": ("π μ", "το πρωι", "του πρωιου"), "evening": ("μ μ", "το απογευμα", "του απογευματος"),
           "night": ("το βραδυ", "του βραδυ")},
    "tr": {"morning": ("sabah*", "ogleden once"), "evening": ("aksam*", "ogleden sonra"), "night": ("gece*",)},
    # not "chiều dài" (length), "chiều kim đồng hồ" (clockwise)
    "vi": {"morning": (_VI_MORNING,), "evening": ("re:chiều(?= )(?! (?:dài|cao|rộng|sâu|kim|ngược) )", _VI_EVENING),
           "night": ("đêm",)},
    # and the small hours: فجرًا (at dawn), بامداد, ਤੜਕੇ ("4 بامداد" is 4 a.m., not 4 p.m.)
    "ar": {"morning": ("صباح*", "الصباح", "فجر*", "الفجر"), "evening": ("مساء*", "المساء", "بعد الظهر"),
           "night": ("ليلا", "الليل")},
    "fa": {"morning": ("صبح*", "قبل از ظهر", "قبل\u200cاز\u200cظهر", "قبلازظهر", "بامداد"),
           "evening": ("عصر", "بعد از ظهر", "بعد\u200cاز\u200cظهر", "بعدازظهر"), "night": ("شب", "شب\u200cها")},
    "pa_Guru": {"morning": ("ਸਵੇਰ*", "ਤੜਕੇ", "ਤੜਕਸਾਰ"), "evening": ("ਸ਼ਾਮ*",), "night": ("ਰਾਤ*",)},
    # and the shorthand right before an hour told, 早8点 and 晚8点 (not 最早, 最晚: at the earliest, the latest; nor
    # 晚2小时, two hours late)
    "zh_Hans": {"morning": ("上午", "早上", "早晨", r"re:(?<![最提])早(?= ?\d{1,2} ?[点點时時:：])"),
                "evening": ("下午", "晚上", "晚间", "傍晚", r"re:(?<!最)晚(?= ?\d{1,2} ?[点點时時:：])"), "night": ("夜间", "夜里", "凌晨")},
    "zh_Hant": {"morning": ("上午", "早上", "早晨", r"re:(?<![最提])早(?= ?\d{1,2} ?[点點时時:：])"),
                "evening": ("下午", "晚上", "晚間", "傍晚", r"re:(?<!最)晚(?= ?\d{1,2} ?[点點时時:：])"), "night": ("夜間", "夜裡", "凌晨")},
}
TIME_OF_DAY: dict[str, tuple[str, ...]] = {lang: (*parts, *WEEKDAYS.get(lang, ()))
                                           for lang, parts in _PARTS_OF_THE_DAY.items()}

# Counter words between a number and what it counts ("iki adet tablet", "دو عدد قرص": two pieces of
# tablet), and the words that say which spoon: the count is of the word after them, where that is a dose form.
COUNTERS: dict[str, tuple[str, ...]] = {
    "tr": ("adet", "çay", "yemek", "çorba", "tatlı"),  # "iki çay kaşığı", two teaspoons
    "fa": ("عدد",),
    "pa_Guru": ("ਛੋਟਾ", "ਛੋਟੇ", "ਵੱਡਾ", "ਵੱਡੇ"),  # "ਦੋ ਛੋਟੇ ਚਮਚ", two teaspoons
}

# Words after which a number names a month or a weekday, counting nothing (before what it
# would count: "tháng Hai năm 2024", February 2024, is no two years; "thứ Ba", Tuesday).
NAMES_AFTER: dict[str, tuple[str, ...]] = {
    "vi": ("tháng", "thứ"),
}

# Arabic says two of a thing by its dual, with no number word: مرتين is "twice", قرصين "two
# tablets". Read as 2 where a number word is (before "times", and before what it counts), also
# with a clitic before it (CLITICS: وقرصين, "and two tablets"). As folded (أ as ا).
DUALS: dict[str, Mapping[str, tuple[str, ...]]] = {
    "ar": {"time": ("مرتين", "مرتان"), "tablet": ("قرصين", "قرصان", "قرصي", "حبتين", "حبتان", "كبسولتين", "كبسولتان"),
           "dose": ("جرعتين", "جرعتان"), "drop": ("قطرتين", "قطرتان"), "injection": ("حقنتين", "حقنتان"),
           "minute": ("دقيقتين", "دقيقتان"), "hour": ("ساعتين", "ساعتان"), "day": ("يومين", "يومان"),
           "week": ("اسبوعين", "اسبوعان"), "month": ("شهرين", "شهران"), "unit": ("وحدتين", "وحدتان"),
           "year": ("سنتين", "سنتان", "عامين", "عامان"),
           "sachet": ("كيسين", "كيسان", "ظرفين", "ظرفان"),
           "puff": ("بختين", "بختان", "نفختين", "نفختان", "رشتين", "رشتان"),
           "patch": ("لصقتين", "لصقتان", "لصاقتين", "لصاقتان", "لاصقتين", "لاصقتان"),
           "suppository": ("تحميلتين", "تحميلتان", "لبوسين", "لبوسان"),
           # ملعقتي, قرصي: the dual before the word it belongs to (ملعقتي شاي, two teaspoons; قرصي استحلاب)
           "spoonful": ("ملعقتين", "ملعقتان", "ملعقتي", "مكيالين", "مكيالان", "مغرفتين", "مغرفتان"),
           "ampoule": ("امبولتين", "امبولتان", "قارورتين", "قارورتان", "قنينتين", "قنينتان")},
}

# The words for "once" (one time), a count of one time only right beside a word for the day (PER_DAY): "una vez
# al día", "günde bir kez", "روزی یک بار". Elsewhere they as often mean "at one go" ("la dosis diaria de una vez"),
# "as soon as" ("una vez abierto"), "one more time" ("günde bir kez daha", "thêm một lần trong ngày") or
# "single-use" (یک بار مصرف). Chinese 一次 right after a day: rules._cjk_counts.
ONCE: dict[str, tuple[str, ...]] = {
    "es": ("una vez",),
    "it": ("una volta",),
    "el": ("μία φορά", "μια φορά", "άπαξ"),
    "tr": ("re:bir (?:kez|kere|defa)(?= )(?! daha )",),
    "vi": ("re:(?<! thêm )một lần(?= )(?! nữa )",),  # not "thêm một lần", once more
    "ar": ("مرة واحدة", "مرة"),
    "fa": ("re:(?:یک[ \u200c]?بار|یک دفعه|یک مرتبه)(?= )",),
    "pa_Guru": ("ਇੱਕ ਵਾਰ",),
}
# Where the word for the day comes before "once" ("günde bir kez", "روزی یک بار", "ngày một lần"); elsewhere a word
# for the day before it is another frequency's ("dos veces al día una vez por la mañana": once in the morning).
ONCE_AFTER_THE_DAY = ("tr", "fa", "pa_Guru", "vi")

# Greek says how often with an adverb and no number word: "δις ημερησίως" (twice a day), "τρις", "τετράκις".
# Read only right before a word for the day, week or month (TIMES_ADVERBS_BEFORE, as folded, each the start of
# what follows): "δισ." is also short for δισκίο, a tablet ("1 δισ. την ημέρα"), and folds to the same letters.
TIMES_ADVERBS: dict[str, Mapping[int, tuple[str, ...]]] = {
    "el": {2: ("δις",), 3: ("τρις",), 4: ("τετράκις",)},
}
TIMES_ADVERBS_BEFORE: dict[str, tuple[str, ...]] = {
    "el": ("ημερησι", "την ημερα", "τη μερα", "της ημερας", "καθε ημερα", "καθε μερα", "ανα ημερα", "καθημεριν",
           "ημερ.", "την εβδομαδα", "καθε εβδομαδα", "ανα εβδομαδα", "εβδομαδιαι", "τον μηνα", "μηνιαι"),
}

# Letters written onto the word after them: Arabic و (and), ف (so), ب (with), ل (for).
CLITICS: dict[str, tuple[str, ...]] = {
    "ar": ("و", "ف", "ب", "ل"),
}

# Arabic writes a fifth (خُمس) as five (خمس) without its vowels: before a definite noun a
# number word is a fraction (خمس الجرعة, a fifth of the dose); a count takes an indefinite
# one (خمسة أقراص).
FRACTION_BEFORE: dict[str, tuple[str, ...]] = {
    "ar": ("ال",),
}

# Words after which a number word is part of a larger number: tens, and the "and" inside one
# ("treinta y dos", "بیست و دو", "είκοσι δύο", "on iki", "mười hai"), and the
# ordinal's mark (第三次, the third time).
NUMBER_JOINERS: dict[str, tuple[str, ...]] = {
    "es": ("y", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
           "cien", "ciento", "mil", "doscientos", "doscientas", "trescientos", "trescientas", "cuatrocientos",
           "cuatrocientas", "quinientos", "quinientas", "seiscientos", "seiscientas", "setecientos", "setecientas",
           "ochocientos", "ochocientas", "novecientos", "novecientas"),
    "el": ("δεκα", "εικοσι", "τριαντα", "σαραντα", "πενηντα", "εξηντα", "εβδομηντα", "ογδοντα", "ενενηντα",
           "εκατο", "εκατον", "διακοσια", "διακοσιεσ", "τριακοσια", "τριακοσιεσ", "τετρακοσια", "τετρακοσιεσ",
           "πεντακοσια", "πεντακοσιεσ", "εξακοσια", "εξακοσιεσ", "επτακοσια", "εφτακοσια", "οκτακοσια",
           "οχτακοσια", "εννιακοσια", "εννεακοσια", "επτακοσιεσ", "εφτακοσιεσ", "οκτακοσιεσ", "οχτακοσιεσ",
           "εννιακοσιεσ", "εννεακοσιεσ", "χιλια", "χιλιεσ"),
    "pa_Guru": ("ਸੌ", "ਹਜ਼ਾਰ"),
    "tr": ("on", "yirmi", "otuz", "kirk", "elli", "altmis", "yetmis", "seksen", "doksan", "yuz", "bin"),
    "vi": ("mười", "mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ"),
    "fa": ("و",),
    "ar": ("و",),
    "zh_Hans": ("第",),  # 第三次: the third time
    "zh_Hant": ("第",),
}

# -- words a translation says with a negation ----------------------------------------------------
#
# English words that translations say as often as not with a negation: "painless" is "no duele", 不痛, غير مؤلم;
# "lie still", "sin moverse", بی‌حرکت; "closed", 不营业 (not open). Where the English sentence has the word and no
# "not", these phrases of the translation add no negation; any other negation beside them does ("La inyección no
# duele y no puede conducir" for "The injection is painless and you can drive"). English patterns are regexes;
# the others follow the notes at the top.
ENGLISH_SAID_WITH_A_NEGATION: dict[str, str] = {
    "painless": r"painless|pain-free",
    "harmless": r"harmless",
    "still": r"(?:lie|lying|keep|keeping|stay|staying|sit|sitting|stand|standing|hold|holding|remain|remaining)"
             r" (?:very |completely |perfectly |quite |as )?still",
    # a place or service that is closed ("closed on Sundays"), not "keep the cap closed"
    "closed": r"(?:is|are|be|been|remains?|stays?) closed|closed (?:on|at|from|between|during|over|until|till|every|each"
              r"|all)\b",
    "unless": r"unless",
    "colourless": r"colou?rless|odou?rless|tasteless|scentless|unscented|fragrance-free|perfume-free",
    "stainless": r"stainless",
    "out of hours": r"out[- ]of[- ]hours|after[- ]hours|outside (?:of )?(?:these |those |normal |usual |our |office "
                    r"|opening |working )?hours",
    # 不吸烟者 (non-smokers) beside 吸烟者 (smokers), a comparison the English may leave implicit
    "smoking": r"smok\w*",
}
_ZH_SMOKERS = "(?:吸|抽)[烟菸煙](?:者|的人)"  # smokers (不吸烟者, non-smokers, with a 不 or 非 before)
# 不痛, 不会疼, 没有痛感, 无痛, 不会感到疼痛; 不动, 别动, 不要移动, 请勿乱动; 不营业, 不开放, 不对外开放;
# 无害, 没有危害, 不危险, 并不严重; 如果没有, 如果您不 (unless: if not).
_ZH_SAID_WITH_A_NEGATION: Mapping[str, tuple[str, ...]] = {
    "painless": ("re:[不没沒无無](?:会|會|有|太)?(?:感到|感覺|感觉|觉得|覺得|引起|造成|带来|帶來)?(?:任何)?(?:疼|痛)",),
    "still": ("re:[不别別勿](?:要|可|能)?(?:乱|亂|随意|隨意)?(?:移动|移動|活动|活動|动|動)(?!手|臂|胳|腿|脚|腳|头|頭|身|肢)",),
    "closed": ("re:[不没沒未](?:对外|對外)?(?:营业|營業|开放|開放|开门|開門|办公|辦公|上班|应诊|應診|接诊|接診)",),
    "harmless": ("re:[无無不没沒](?:会|會)?有?(?:任何)?(?:害|危害|伤害|傷害|危险|危險)",),
    "unless": ("除非", "re:如果(?:您|你)?(?:没有|沒有|不)"),
    "colourless": ("re:[无無没沒不]有?(?:颜色|顏色|色|气味|氣味|味道|味|臭|香味|香)",),
    "stainless": ("不锈", "不鏽", "不銹"),
    "out of hours": ("re:非(?:工作|办公|辦公|上班|营业|營業|门诊|門診)(?:时间|時間|时段|時段)",),
    # non-smokers as the other side of a comparison with smokers: 为/是/比/于 before them (约为不吸烟者的两倍,
    # 比不吸烟者更高) with no other negation since the smokers, or 与 ... 相比 around them (与不吸烟者相比); not
    # 吸烟者和非吸烟者 (for "smokers and ex-smokers"), nor non-smokers as the subject (不吸烟者可能需要比吸烟者更高的剂量)
    "smoking": (f"re:(?<![不非]){_ZH_SMOKERS}[^不非没沒别別勿无無未否莫禁避切最至]*?(?<=[为為是比于於])[不非]{_ZH_SMOKERS}",
                f"re:(?<=[与與跟和同])[不非]{_ZH_SMOKERS}(?=相比|比较|比較)(?=.*?(?<![不非]){_ZH_SMOKERS})"),
}
SAID_WITH_A_NEGATION: dict[str, Mapping[str, tuple[str, ...]]] = {
    "es": {"painless": ("no duele*", "no le duele*", "no dolerá", "no le dolerá", "no es doloros*", "no resulta doloros*",
                        "no causa dolor", "no produce dolor", "no provoca dolor", "sin dolor", "no hace daño"),
           # not "no mueva el brazo", an instruction of its own
           "still": ("sin mover*", "no se mueva*", "no moverse", "re:no muevan?(?= )(?! (?:el|la|los|las|su|sus|nada) )",
                     "sin hacer movimiento*"),
           "closed": ("no abre*", "no está abiert*", "no atiende*", "no presta servicio*"),
           "harmless": ("no es peligros*", "no es dañin*", "no hace daño", "no causa daño*"),
           "unless": ("a no ser que", "si no"),
           "colourless": ("sin color", "sin olor", "sin sabor", "sin perfume")},
    "it": {"painless": ("non fa male", "non è doloros*", "non provoca dolore", "non causa dolore", "senza dolore",
                        "non farà male", "non duole"),
           "still": ("senza muover*", "non si muov*", "senza fare movimenti"),
           "closed": ("non è apert*", "non apre", "non aprono", "non riceve"),
           "harmless": ("non è pericolos*", "non è dannos*", "non fa male"),
           "unless": ("re:a meno che(?: [^ ]+){0,3}? non(?= )", "se non"),
           "colourless": ("senza colore", "senza odore", "senza sapore", "senza profumo")},
    "el": {"painless": ("δεν πονά*", "δεν θα πονέσ*", "δεν είναι επώδυν*", "δεν προκαλεί πόνο", "χωρίς πόνο"),
           "still": ("χωρίς να κινεί*", "χωρίς να κουνιέ*", "χωρίς κίνηση", "μην κινείστε", "μη κινείστε", "μην κινείσαι",
                     "μη κινείσαι", "μην κουνιέ*", "μη κουνιέ*", "μην κουνάτε", "μην κάνετε κινήσεις"),
           "closed": ("δεν λειτουργ*", "δεν είναι ανοιχτ*", "δεν ανοίγ*"),
           "harmless": ("δεν είναι επικίνδυν*", "δεν είναι βλαβερ*", "δεν βλάπτ*"),
           "unless": ("αν δεν", "εάν δεν"),
           "colourless": ("χωρίς χρώμα", "χωρίς οσμή", "χωρίς μυρωδιά", "χωρίς γεύση", "χωρίς άρωμα")},
    "tr": {"painless": ("acıtmaz", "ağrı yapmaz", "ağrıya neden olmaz", "ağrılı değil*", "acı vermez",
                        "ağrı hissetmez*", "canınızı yakmaz"),
           "still": ("kıpırdamadan", "kımıldamadan", "hareket etmeden", "hareket etmeyin", "kıpırdamayın",
                     "kımıldamayın"),
           "closed": ("açık değil*", "açık olmaz", "hizmet vermez", "hizmet vermiyor", "çalışmaz", "çalışmıyor"),
           "harmless": ("zarar vermez", "tehlikeli değil*", "zararlı değil*"),
           "unless": ("*medikçe", "*madıkça", "*mediği sürece", "*madığı sürece", "*mediğiniz sürece",
                      "*madığınız sürece", "*mediyse", "*madıysa"),  # önermediyse: if it did not advise
           "colourless": ("rengi yok", "kokusu yok", "tadı yok")},
    "vi": {"painless": ("không đau", "không gây đau", "không làm đau", "không bị đau", "không thấy đau",
                        "không cảm thấy đau"),
           # not "không di chuyển cánh tay", an instruction of its own
           "still": (r"re:(?:không|đừng) (?:cử động|di chuyển|động đậy|nhúc nhích)(?= )(?! (?:cánh tay|tay|chân|đầu) )",),
           "closed": ("không mở cửa", "không làm việc", "không hoạt động", "không tiếp nhận"),
           "harmless": ("không nguy hiểm", "không có hại", "không gây hại"),
           "unless": ("re:nếu(?! cần)(?: [^ ]+){0,2}? không(?= )",),
           "colourless": ("không màu", "không mùi", "không vị", "không có màu", "không có mùi", "không có vị")},
    "ar": {"painless": ("غير مؤلم*", "لا يؤلم", "لا تؤلم", "لا يسبب ألم*", "لا يسبب أي ألم", "بدون ألم", "دون ألم",
                        "بلا ألم"),
           "still": ("دون حركة", "بدون حركة", "بلا حركة", "دون أن تتحرك", "دون تحرك", "لا تتحرك", "عدم الحركة",
                     "عدم التحرك"),
           "closed": ("لا يعمل", "لا تعمل", "غير مفتوح*", "لا يفتح", "لا تفتح", "لا يستقبل"),
           "harmless": ("غير ضار*", "لا يضر", "غير خطير*", "ليس خطير*", "ليس ضار*", "ليست خطير*"),
           "unless": ("ما لم", "إلا إذا"),
           "colourless": ("بلا لون", "بلا رائحة", "بلا طعم", "بدون لون", "بدون رائحة", "بدون طعم", "لا لون له",
                          "لا رائحة له", "لا طعم له")},
    "fa": {"painless": ("دردی ندارد", "درد ندارد", "دردناک نیست", "بدون درد", "بی\u200cدرد*", "بی درد"),
           "still": ("بی\u200cحرکت", "بیحرکت", "بی حرکت", "بدون حرکت", "حرکت نکنید", "تکان نخورید"),
           "closed": ("باز نیست", "باز نمی\u200cشو*", "باز نمی\u200cکن*", "فعال نیست"),
           "harmless": ("بی\u200cضرر", "بیضرر", "خطرناک نیست", "ضرر ندارد", "ضرری ندارد", "مضر نیست"),
           "colourless": ("بی\u200cرنگ", "بیرنگ", "بی\u200cبو", "بیبو", "بی\u200cمزه", "بدون رنگ", "بدون بو", "بدون عطر"),
           "out of hours": ("غیر اداری", "غیراداری", "غیر کاری", "غیرکاری")},
    "pa_Guru": {"painless": ("ਦਰਦ ਨਹੀਂ", "ਬਿਨਾਂ ਦਰਦ", "ਬਿਨਾ ਦਰਦ", "ਦਰਦਨਾਕ ਨਹੀਂ"),
                "still": ("ਬਿਨਾਂ ਹਿੱਲੇ", "ਬਿਨਾ ਹਿੱਲੇ", "ਬਿਨਾਂ ਹਿਲੇ", "ਹਿੱਲੋ ਨਾ", "ਨਾ ਹਿੱਲੋ", "ਹਿੱਲਣਾ ਨਹੀਂ", "ਬਿਨਾਂ ਹਿਲਜੁਲ"),
                "closed": ("ਨਹੀਂ ਖੁੱਲ੍ਹ*", "ਖੁੱਲ੍ਹਾ ਨਹੀਂ", "ਖੁੱਲ੍ਹੀ ਨਹੀਂ"),
                "harmless": ("ਨੁਕਸਾਨ ਨਹੀਂ", "ਖ਼ਤਰਨਾਕ ਨਹੀਂ", "ਖਤਰਨਾਕ ਨਹੀਂ", "ਨੁਕਸਾਨਦੇਹ ਨਹੀਂ"),
                "unless": ("re:ਜਦੋਂ ਤੱਕ(?: [^ ]+){0,6}? (?:ਨਾ|ਨਹੀਂ)(?= )(?! ਲਓ| ਕਰੋ| ਖਾਓ| ਪੀਓ)",),
                "colourless": ("ਬਿਨਾਂ ਰੰਗ", "ਬਿਨਾਂ ਗੰਧ", "ਬਿਨਾਂ ਸੁਆਦ", "ਬਿਨਾਂ ਖੁਸ਼ਬੂ")},
    "zh_Hans": _ZH_SAID_WITH_A_NEGATION,
    "zh_Hant": _ZH_SAID_WITH_A_NEGATION,
}

# "Keep out of the reach of children": the words that keep a thing away from someone or out of their reach, the
# "out of" a translation must keep ("fuera del alcance", بعيدًا عن متناول, 远离儿童), unless it says so with a negation
# ("δεν το φθάνουν τα παιδιά", "erişemeyeceği", 够不着): "al alcance de los niños" is within their reach. As folded,
# over a word line.
AWAY: dict[str, tuple[str, ...]] = {
    "es": ("fuera", "lejos", "alej*", "inaccesible*"),
    "it": ("fuori", "lontan*", "inaccessibil*"),
    "el": ("μακρια", "εκτος"),
    "tr": ("uzak*", "disinda*", "disina*", "*emeyece*", "*amayaca*"),  # "erişemeyeceği": where they cannot reach
    "vi": ("xa", "ngoài"),
    "ar": ("*بعيد*", "خارج"),
    "fa": ("دور", "خارج", "دسترسی ندارند", "دسترسی نداشته", "نرسد", "نرسند"),  # negative verbs the negations lack
    "pa_Guru": ("ਦੂਰ", "ਬਾਹਰ"),
    "zh_Hans": ("远离", "遠離", "之外", "以外"),
    "zh_Hant": ("遠離", "远离", "之外", "以外"),
}

# How a language says those words without a negation ("cerrada", "indolora", "salvo que"): a translation that does
# needs none of the phrases above, and a negation beside it is one of its own ("La clínica está cerrada; no llame").
# (Not Chinese 静躺, "lie quietly", often said together with 不动, "not moving".)
SAID_WITHOUT_A_NEGATION: dict[str, Mapping[str, tuple[str, ...]]] = {
    "es": {"painless": ("indolor*",), "closed": ("cerrad*",), "harmless": ("inofensiv*", "inocu*"),
           "unless": ("salvo que", "a menos que", "excepto si"), "colourless": ("incolor*", "inodor*"),
           "still": ("quiet*", "inmóvil*")},
    "it": {"painless": ("indolor*",), "closed": ("chius*",), "harmless": ("innocu*", "inoffensiv*"),
           "unless": ("salvo che", "tranne se", "eccetto se"), "colourless": ("incolor*", "inodor*"),
           "still": ("fermo", "ferma", "fermi", "ferme", "immobil*")},
    "el": {"painless": ("ανώδυν*",), "closed": ("κλειστ*",), "harmless": ("αβλαβ*", "ακίνδυν*"),
           "unless": ("εκτός αν", "εκτός εάν", "εκτός και αν"), "colourless": ("άχρωμ*", "άοσμ*"),
           "still": ("ακίνητ*",)},
    "tr": {"painless": ("ağrısız*", "acısız*"), "closed": ("kapalı*",), "harmless": ("zararsız*",),
           "colourless": ("renksiz*", "kokusuz*"), "still": ("hareketsiz*", "sabit")},
    "vi": {"closed": ("đóng cửa",), "harmless": ("vô hại",), "unless": ("trừ khi", "trừ trường hợp"),
           "still": ("nằm yên", "ngồi yên", "đứng yên", "giữ yên")},
    "ar": {"closed": ("مغلق*",), "still": ("ساكن*", "ثابت*")},
    "fa": {"closed": ("تعطیل*", "بسته"), "harmless": ("بی\u200cخطر",), "still": ("ساکن", "آرام")},
    "pa_Guru": {"painless": ("ਦਰਦ ਰਹਿਤ",), "closed": ("ਬੰਦ",), "still": ("ਸਥਿਰ",)},
    # 休息, 关门, 休诊 say "closed": a 不营业 beside them is one of its own ("药房也不开门")
    "zh_Hans": {"closed": ("关门", "關門", "休息", "休诊", "休診", "停诊", "停診", "关闭", "關閉")},
    "zh_Hant": {"closed": ("关门", "關門", "休息", "休诊", "休診", "停诊", "停診", "关闭", "關閉")},
}

