"""A leaflet that is not questions and answers, written for these tests (no clinic's text).

Headings that are not questions, a lead-in sentence with two lists (one nested
and numbered), a side-effect frequency table with an empty cell and an escaped
pipe, a warning box, a contact block with phone, mail and web links and hard
line breaks, and a fill-in field. Its Arabic and Chinese translations keep
every link target, emphasis and line break.
"""

from __future__ import annotations

NONQA_SLUG = "nerve-root-injection"

NONQA_LEAFLET = """---
slug: nerve-root-injection
title: Nerve Root Injection
version: 1.0
date: 2026-11-30
---

# Nerve Root Injection

This leaflet explains what happens before, during and after your injection.

## Before the procedure

The injection is recommended for people who:

- have pain spreading down one arm or leg
- have tried *physiotherapy* and tablets for at least 6 weeks

You must not have the injection if you:

1. take a blood thinner that has not been stopped
2. have an infection near the injection site
   - a cold sore counts too

Date of procedure: \\_\\_\\_\\_\\_\\_

## Side effects

| How often | Side effect |
|---|---|
| Common (up to 1 in 10 people) | a numb or heavy leg for a few hours |
| Uncommon (up to 1 in 100 people) | a headache \\| feeling faint |
| Rare (up to 1 in 1,000 people) | |

> [!WARNING]
> **DO NOT** drive for 24 hours after the injection.

## Contact us

Spine Pain Clinic, Level 3, East Wing\\
Tel: [01632 960 123](tel:+441632960123)\\
Email: [spine.clinic@example.org](mailto:spine.clinic@example.org)\\
Web: [clinic.example.org/spine](https://clinic.example.org/spine)
"""

CONTACT = (
    "Spine Pain Clinic, Level 3, East Wing\n"
    "Tel: [01632 960 123](tel:+441632960123)\n"
    "Email: [spine.clinic@example.org](mailto:spine.clinic@example.org)\n"
    "Web: [clinic.example.org/spine](https://clinic.example.org/spine)"
)

NONQA_TRANSLATIONS: dict[str, dict[str, str]] = {
    "ar": {
        "Nerve Root Injection": "حقن جذر العصب",
        "This leaflet explains what happens before, during and after your injection.":
            "تشرح هذه النشرة ما يحدث قبل الحقن وأثناءه وبعده.",
        "Before the procedure": "قبل الإجراء",
        "The injection is recommended for people who:": "يُنصح بالحقن للأشخاص الذين:",
        "have pain spreading down one arm or leg": "يعانون من ألم ينتشر إلى ذراع أو ساق واحدة",
        "have tried *physiotherapy* and tablets for at least 6 weeks":
            "جرّبوا *العلاج الطبيعي* والأقراص لمدة 6 أسابيع على الأقل",
        "You must not have the injection if you:": "يجب ألا تأخذ الحقنة إذا كنت:",
        "take a blood thinner that has not been stopped": "تتناول دواءً مميعًا للدم لم يتم إيقافه",
        "have an infection near the injection site": "تعاني من التهاب قرب مكان الحقن",
        "a cold sore counts too": "تُحسب قرحة البرد أيضًا",
        "Date of procedure: \\_\\_\\_\\_\\_\\_": "تاريخ الإجراء: \\_\\_\\_\\_\\_\\_",
        "Side effects": "الآثار الجانبية",
        "How often": "مدى التكرار",
        "Side effect": "الأثر الجانبي",
        "Common (up to 1 in 10 people)": "شائع (حتى 1 من كل 10 أشخاص)",
        "a numb or heavy leg for a few hours": "خدر أو ثقل في الساق لبضع ساعات",
        "Uncommon (up to 1 in 100 people)": "غير شائع (حتى 1 من كل 100 شخص)",
        "a headache | feeling faint": "صداع | شعور بالإغماء",
        "Rare (up to 1 in 1,000 people)": "نادر (حتى 1 من كل 1,000 شخص)",
        "**DO NOT** drive for 24 hours after the injection.": "**لا** تقد السيارة لمدة 24 ساعة بعد الحقن.",
        "Contact us": "اتصل بنا",
        CONTACT: (
            "عيادة ألم العمود الفقري، الطابق 3، الجناح الشرقي\n"
            "الهاتف: [01632 960 123](tel:+441632960123)\n"
            "البريد الإلكتروني: [راسلنا بالبريد](mailto:spine.clinic@example.org)\n"
            "الموقع: [صفحة العيادة على الإنترنت](https://clinic.example.org/spine)"
        ),
    },
    "zh_Hans": {
        "Nerve Root Injection": "神经根注射",
        "This leaflet explains what happens before, during and after your injection.":
            "本单张介绍注射前、注射中和注射后的情况。",
        "Before the procedure": "治疗之前",
        "The injection is recommended for people who:": "以下人士适合接受注射：",
        "have pain spreading down one arm or leg": "疼痛沿一侧手臂或腿部放射",
        "have tried *physiotherapy* and tablets for at least 6 weeks": "已尝试*物理治疗*和药片至少6周",
        "You must not have the injection if you:": "如有以下情况，不得接受注射：",
        "take a blood thinner that has not been stopped": "正在服用尚未停用的抗凝药",
        "have an infection near the injection site": "注射部位附近有感染",
        "a cold sore counts too": "唇疱疹也算在内",
        "Date of procedure: \\_\\_\\_\\_\\_\\_": "治疗日期：\\_\\_\\_\\_\\_\\_",
        "Side effects": "副作用",
        "How often": "发生频率",
        "Side effect": "副作用",
        "Common (up to 1 in 10 people)": "常见（最多每10人中1人）",
        "a numb or heavy leg for a few hours": "腿部麻木或沉重，持续数小时",
        "Uncommon (up to 1 in 100 people)": "少见（最多每100人中1人）",
        "a headache | feeling faint": "头痛 | 感觉头晕",
        "Rare (up to 1 in 1,000 people)": "罕见（最多每1,000人中1人）",
        "**DO NOT** drive for 24 hours after the injection.": "注射后24小时内**切勿**驾驶。",
        "Contact us": "联系我们",
        CONTACT: (
            "脊柱疼痛诊所，东翼3楼\n"
            "电话：[01632 960 123](tel:+441632960123)\n"
            "电子邮件：[给我们发邮件](mailto:spine.clinic@example.org)\n"
            "网站：[诊所网页](https://clinic.example.org/spine)"
        ),
    },
}
