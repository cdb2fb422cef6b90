"""Sentences of the magnesium leaflet and good translations of them in the ten configured languages.

Each failing case in the tests is one of these good translations with one
thing broken, as a machine translation breaks it.
"""

from __future__ import annotations

ENGLISH = {
    "Q2": "Who should not have a magnesium infusion?",
    "Q2a": (
        "Patients with severe heart failure, atrioventricular conduction blocks, serum creatinine excess "
        "110mmol/L and severe liver disease. Your doctor will do an ECG and blood tests before the infusion."
    ),
    "Q4a": (
        "Short infusions can be performed as an outpatient and take about 90 minutes. Magnesium is often "
        "co-administered daily during 8 hour and multiday ketamine infusions for neuropathic pain."
    ),
    "Q8a": (
        "It is essential that you have someone to take you home and stay with you for the first night and "
        "that you DO NOT undertake strenuous exercise / activity until the next day. Nonetheless, you should "
        "be able to resume normal activity, and return to work within 24 hours."
    ),
    "Q9a": (
        "One injection is unlikely to cure your pain but will guide further treatment. We hope the effect "
        "on the nerves continues after the infusion is stopped and may last for a few hours, days, weeks, "
        "months or longer."
    ),
    "Q11a": (
        "Please arrange a review in 1-2 weeks or after the series of blocks have been scheduled. Please "
        "advise ASAP if you are unable to keep your scheduled appointment."
    ),
}

GOOD = {
    "es": {
        "Q2": "¿Quién no debe recibir una infusión de magnesio?",
        "Q2a": (
            "Pacientes con insuficiencia cardíaca grave, bloqueos de la conducción auriculoventricular, "
            "creatinina sérica superior a 110 mmol/L y enfermedad hepática grave. Su médico le hará un ECG "
            "y análisis de sangre antes de la infusión."
        ),
        "Q4a": (
            "Las infusiones cortas pueden realizarse de forma ambulatoria y duran unos 90 minutos. El magnesio "
            "suele administrarse a diario durante infusiones de ketamina de 8 horas y de varios días para el "
            "dolor neuropático."
        ),
        "Q8a": (
            "Es imprescindible que alguien le lleve a casa y se quede con usted la primera noche, y que NO "
            "realice ejercicio ni actividad intensa hasta el día siguiente. No obstante, debería poder "
            "reanudar su actividad normal y volver al trabajo en 24 horas."
        ),
        "Q9a": (
            "Es poco probable que una sola inyección cure su dolor, pero orientará el tratamiento posterior. "
            "Esperamos que el efecto sobre los nervios continúe después de detener la infusión y pueda durar "
            "unas horas, días, semanas, meses o más."
        ),
        "Q11a": (
            "Programe una revisión en 1-2 semanas o después de que se haya programado la serie de bloqueos. "
            "Avísenos lo antes posible si no puede acudir a su cita."
        ),
    },
    "it": {
        "Q2": "Chi non dovrebbe sottoporsi a un'infusione di magnesio?",
        "Q2a": (
            "Pazienti con grave insufficienza cardiaca, blocchi della conduzione atrioventricolare, creatinina "
            "sierica superiore a 110 mmol/L e grave malattia epatica. Il medico eseguirà un ECG e gli esami "
            "del sangue prima dell'infusione."
        ),
        "Q4a": (
            "Le infusioni brevi possono essere eseguite in regime ambulatoriale e durano circa 90 minuti. "
            "Il magnesio viene spesso somministrato ogni giorno durante le infusioni di ketamina di 8 ore e "
            "di più giorni per il dolore neuropatico."
        ),
        "Q8a": (
            "È essenziale che qualcuno la accompagni a casa e resti con lei la prima notte e che NON svolga "
            "esercizio fisico o attività faticose fino al giorno successivo. Tuttavia, dovrebbe essere in "
            "grado di riprendere le normali attività e tornare al lavoro entro 24 ore."
        ),
        "Q9a": (
            "È improbabile che una sola iniezione curi il suo dolore, ma aiuterà a orientare il trattamento "
            "successivo. Speriamo che l'effetto sui nervi continui dopo l'interruzione dell'infusione e possa "
            "durare alcune ore, giorni, settimane, mesi o più."
        ),
        "Q11a": (
            "Fissi una visita di controllo tra 1-2 settimane o dopo che la serie di blocchi sarà stata "
            "programmata. Ci avvisi al più presto se non può presentarsi all'appuntamento."
        ),
    },
    "el": {
        "Q2": "Ποιος δεν πρέπει να κάνει έγχυση μαγνησίου;",
        "Q2a": (
            "Ασθενείς με σοβαρή καρδιακή ανεπάρκεια, κολποκοιλιακούς αποκλεισμούς αγωγής, κρεατινίνη ορού "
            "πάνω από 110 mmol/L και σοβαρή ηπατική νόσο. Ο γιατρός σας θα κάνει ΗΚΓ (ECG) και εξετάσεις "
            "αίματος πριν από την έγχυση."
        ),
        "Q4a": (
            "Οι σύντομες εγχύσεις μπορούν να γίνουν χωρίς νοσηλεία και διαρκούν περίπου 90 λεπτά. Το μαγνήσιο "
            "συχνά χορηγείται καθημερινά κατά τη διάρκεια εγχύσεων κεταμίνης 8 ωρών και πολλών ημερών για "
            "τον νευροπαθητικό πόνο."
        ),
        "Q8a": (
            "Είναι απαραίτητο να σας συνοδεύσει κάποιος στο σπίτι και να μείνει μαζί σας την πρώτη νύχτα και "
            "να ΜΗΝ κάνετε έντονη άσκηση ή δραστηριότητα μέχρι την επόμενη ημέρα. Ωστόσο, θα πρέπει να "
            "μπορείτε να επανέλθετε στις κανονικές σας δραστηριότητες και να επιστρέψετε στη δουλειά μέσα "
            "σε 24 ώρες."
        ),
        "Q9a": (
            "Είναι απίθανο μία ένεση να θεραπεύσει τον πόνο σας, αλλά θα καθοδηγήσει την περαιτέρω θεραπεία. "
            "Ελπίζουμε ότι η επίδραση στα νεύρα θα συνεχιστεί μετά τη διακοπή της έγχυσης και μπορεί να "
            "διαρκέσει μερικές ώρες, ημέρες, εβδομάδες, μήνες ή περισσότερο."
        ),
        "Q11a": (
            "Παρακαλούμε κλείστε ένα ραντεβού επανεξέτασης σε 1-2 εβδομάδες ή αφού προγραμματιστεί η σειρά "
            "των αποκλεισμών. Ενημερώστε μας το συντομότερο δυνατό αν δεν μπορείτε να έρθετε στο ραντεβού σας."
        ),
    },
    "tr": {
        "Q2": "Kimler magnezyum infüzyonu yaptırmamalı?",
        "Q2a": (
            "Ağır kalp yetmezliği, atriyoventriküler ileti blokları, 110 mmol/L üzerinde serum kreatinini ve "
            "ağır karaciğer hastalığı olan hastalar. Doktorunuz infüzyondan önce bir ECG ve kan testleri "
            "yapacaktır."
        ),
        "Q4a": (
            "Kısa infüzyonlar ayakta tedavi olarak yapılabilir ve yaklaşık 90 dakika sürer. Magnezyum, "
            "nöropatik ağrı için 8 saatlik ve birkaç günlük ketamin infüzyonları sırasında sıklıkla her gün "
            "birlikte verilir."
        ),
        "Q8a": (
            "Sizi eve götürecek ve ilk gece yanınızda kalacak birinin olması ve ertesi güne kadar ağır egzersiz "
            "veya aktivite YAPMAMANIZ çok önemlidir. Bununla birlikte, 24 saat içinde normal aktivitelerinize "
            "ve işinize dönebilmelisiniz."
        ),
        "Q9a": (
            "Tek bir enjeksiyonun ağrınızı tedavi etmesi olası değildir, ancak sonraki tedaviye yol "
            "gösterecektir. Etkinin infüzyon durdurulduktan sonra da sinirler üzerinde devam etmesini ve "
            "birkaç saat, gün, hafta, ay veya daha uzun sürmesini umuyoruz."
        ),
        "Q11a": (
            "Lütfen 1-2 hafta içinde veya blok serisi planlandıktan sonra bir kontrol randevusu alın. "
            "Randevunuza gelemeyecekseniz lütfen en kısa sürede bize bildirin."
        ),
    },
    "vi": {
        "Q2": "Ai không nên truyền magie?",
        "Q2a": (
            "Bệnh nhân bị suy tim nặng, block dẫn truyền nhĩ thất, creatinine huyết thanh vượt quá 110 mmol/L "
            "và bệnh gan nặng. Bác sĩ sẽ làm điện tâm đồ ECG và xét nghiệm máu trước khi truyền."
        ),
        "Q4a": (
            "Các đợt truyền ngắn có thể được thực hiện ngoại trú và kéo dài khoảng 90 phút. Magie thường được "
            "dùng hằng ngày trong các đợt truyền ketamine 8 giờ và nhiều ngày để điều trị đau thần kinh."
        ),
        "Q8a": (
            "Điều quan trọng là phải có người đưa bạn về nhà và ở lại với bạn trong đêm đầu tiên, và bạn KHÔNG "
            "được tập thể dục hoặc hoạt động gắng sức cho đến ngày hôm sau. Tuy nhiên, bạn có thể trở lại sinh "
            "hoạt bình thường và đi làm lại trong vòng 24 giờ."
        ),
        "Q9a": (
            "Một lần tiêm khó có thể chữa khỏi cơn đau của bạn nhưng sẽ giúp định hướng điều trị tiếp theo. "
            "Chúng tôi hy vọng tác dụng lên dây thần kinh tiếp tục sau khi ngừng truyền và có thể kéo dài vài "
            "giờ, ngày, tuần, tháng hoặc lâu hơn."
        ),
        "Q11a": (
            "Vui lòng sắp xếp một buổi tái khám sau 1-2 tuần hoặc sau khi đã lên lịch loạt phong bế. Vui lòng "
            "báo cho chúng tôi càng sớm càng tốt nếu bạn không thể đến cuộc hẹn đã lên lịch."
        ),
    },
    "ar": {
        "Q2": "من لا ينبغي له تلقي تسريب المغنيسيوم؟",
        "Q2a": (
            "المرضى الذين يعانون من قصور حاد في القلب، أو إحصار التوصيل الأذيني البطيني، أو ارتفاع "
            "الكرياتينين في الدم فوق ١١٠ مليمول/لتر، أو مرض كبدي حاد. سيجري طبيبك تخطيط القلب ECG "
            "وفحوصات الدم قبل التسريب."
        ),
        "Q4a": (
            "يمكن إجراء التسريب القصير في العيادة الخارجية ويستغرق حوالي ٩٠ دقيقة. وغالبًا ما يُعطى المغنيسيوم "
            "يوميًا خلال تسريب الكيتامين لمدة ٨ ساعات ولعدة أيام لعلاج الألم العصبي."
        ),
        "Q8a": (
            "من الضروري أن يرافقك شخص إلى المنزل ويبقى معك في الليلة الأولى، و**ألا** تقوم بأي تمارين أو نشاط "
            "مجهد حتى اليوم التالي. ومع ذلك، يجب أن تتمكن من استئناف نشاطك الطبيعي والعودة إلى العمل "
            "خلال ٢٤ ساعة."
        ),
        "Q9a": (
            "من غير المحتمل أن تشفي حقنة واحدة ألمك، لكنها ستوجه العلاج اللاحق. نأمل أن يستمر التأثير على "
            "الأعصاب بعد إيقاف التسريب وقد يدوم بضع ساعات أو أيام أو أسابيع أو أشهر أو أكثر."
        ),
        "Q11a": (
            "يرجى ترتيب موعد مراجعة خلال ١-٢ أسبوع أو بعد تحديد مواعيد سلسلة الحقن. يرجى إبلاغنا في أقرب "
            "وقت ممكن إذا لم تتمكن من الحضور في موعدك."
        ),
    },
    "fa": {
        "Q2": "چه کسانی نباید انفوزیون منیزیم دریافت کنند؟",
        "Q2a": (
            "بیماران مبتلا به نارسایی شدید قلبی، بلوک‌های هدایتی دهلیزی-بطنی، کراتینین سرم بالاتر از "
            "۱۱۰ mmol/L و بیماری شدید کبدی. پزشک شما پیش از انفوزیون نوار قلب (ECG) و آزمایش خون انجام "
            "می‌دهد."
        ),
        "Q4a": (
            "انفوزیون‌های کوتاه را می‌توان به صورت سرپایی انجام داد و حدود ۹۰ دقیقه طول می‌کشد. منیزیم اغلب "
            "به طور روزانه همراه با انفوزیون‌های ۸ ساعته و چندروزه کتامین برای درد عصبی تجویز می‌شود."
        ),
        "Q8a": (
            "ضروری است که کسی شما را به خانه برساند و شب اول پیش شما بماند و تا روز بعد ورزش یا فعالیت "
            "سنگین انجام **ندهید**. با این حال، باید بتوانید ظرف ۲۴ ساعت فعالیت عادی خود را از سر بگیرید و "
            "به سر کار برگردید."
        ),
        "Q9a": (
            "بعید است که یک تزریق درد شما را درمان کند، اما به هدایت درمان بعدی کمک می‌کند. امیدواریم اثر "
            "بر اعصاب پس از توقف انفوزیون ادامه یابد و ممکن است چند ساعت، روز، هفته، ماه یا بیشتر طول بکشد."
        ),
        "Q11a": (
            "لطفاً ظرف ۱ تا ۲ هفته یا پس از برنامه‌ریزی مجموعه بلوک‌ها یک نوبت پیگیری بگیرید. اگر "
            "نمی‌توانید در نوبت خود حاضر شوید، لطفاً هر چه زودتر اطلاع دهید."
        ),
    },
    "pa_Guru": {
        "Q2": "ਮੈਗਨੀਸ਼ੀਅਮ ਨਿਵੇਸ਼ ਕਿਸ ਨੂੰ ਨਹੀਂ ਲੈਣਾ ਚਾਹੀਦਾ?",
        "Q2a": (
            "ਗੰਭੀਰ ਦਿਲ ਦੀ ਅਸਫਲਤਾ, ਐਟਰੀਓਵੈਂਟ੍ਰਿਕੂਲਰ ਕੰਡਕਸ਼ਨ ਬਲਾਕ, 110 mmol/L ਤੋਂ ਵੱਧ ਸੀਰਮ ਕ੍ਰੀਏਟੀਨਾਈਨ "
            "ਅਤੇ ਗੰਭੀਰ ਜਿਗਰ ਦੀ ਬਿਮਾਰੀ ਵਾਲੇ ਮਰੀਜ਼। ਤੁਹਾਡਾ ਡਾਕਟਰ ਨਿਵੇਸ਼ ਤੋਂ ਪਹਿਲਾਂ ECG ਅਤੇ ਖੂਨ ਦੇ ਟੈਸਟ "
            "ਕਰੇਗਾ।"
        ),
        "Q4a": (
            "ਛੋਟੇ ਨਿਵੇਸ਼ ਬਾਹਰੀ ਮਰੀਜ਼ ਵਜੋਂ ਕੀਤੇ ਜਾ ਸਕਦੇ ਹਨ ਅਤੇ ਲਗਭਗ 90 ਮਿੰਟ ਲੈਂਦੇ ਹਨ। ਮੈਗਨੀਸ਼ੀਅਮ ਅਕਸਰ "
            "ਨਸਾਂ ਦੇ ਦਰਦ ਲਈ 8 ਘੰਟੇ ਅਤੇ ਕਈ ਦਿਨਾਂ ਦੇ ਕੀਟਾਮਾਈਨ ਨਿਵੇਸ਼ਾਂ ਦੌਰਾਨ ਰੋਜ਼ਾਨਾ ਨਾਲ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।"
        ),
        "Q8a": (
            "ਇਹ ਜ਼ਰੂਰੀ ਹੈ ਕਿ ਕੋਈ ਤੁਹਾਨੂੰ ਘਰ ਲੈ ਜਾਵੇ ਅਤੇ ਪਹਿਲੀ ਰਾਤ ਤੁਹਾਡੇ ਨਾਲ ਰਹੇ ਅਤੇ ਤੁਸੀਂ ਅਗਲੇ ਦਿਨ ਤੱਕ "
            "ਸਖ਼ਤ ਕਸਰਤ ਜਾਂ ਗਤੀਵਿਧੀ **ਨਾ ਕਰੋ**। ਫਿਰ ਵੀ, ਤੁਸੀਂ 24 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਆਮ ਗਤੀਵਿਧੀ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰ "
            "ਸਕੋਗੇ ਅਤੇ ਕੰਮ 'ਤੇ ਵਾਪਸ ਜਾ ਸਕੋਗੇ।"
        ),
        "Q9a": (
            "ਇੱਕ ਟੀਕੇ ਨਾਲ ਤੁਹਾਡਾ ਦਰਦ ਠੀਕ ਹੋਣ ਦੀ ਸੰਭਾਵਨਾ ਘੱਟ ਹੈ ਪਰ ਇਹ ਅਗਲੇ ਇਲਾਜ ਲਈ ਸੇਧ ਦੇਵੇਗਾ। ਸਾਨੂੰ ਉਮੀਦ "
            "ਹੈ ਕਿ ਨਿਵੇਸ਼ ਬੰਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਵੀ ਨਸਾਂ 'ਤੇ ਅਸਰ ਜਾਰੀ ਰਹੇਗਾ ਅਤੇ ਕੁਝ ਘੰਟਿਆਂ, ਦਿਨਾਂ, ਹਫ਼ਤਿਆਂ, "
            "ਮਹੀਨਿਆਂ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੱਕ ਰਹਿ ਸਕਦਾ ਹੈ।"
        ),
        "Q11a": (
            "ਕਿਰਪਾ ਕਰਕੇ 1-2 ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਜਾਂ ਬਲਾਕਾਂ ਦੀ ਲੜੀ ਤੈਅ ਹੋਣ ਤੋਂ ਬਾਅਦ ਜਾਂਚ ਲਈ ਸਮਾਂ ਲਓ। ਜੇ ਤੁਸੀਂ "
            "ਆਪਣੀ ਮੁਲਾਕਾਤ 'ਤੇ ਨਹੀਂ ਆ ਸਕਦੇ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਜਲਦੀ ਤੋਂ ਜਲਦੀ ਦੱਸੋ।"
        ),
    },
    "zh_Hans": {
        "Q2": "哪些人不应接受镁输注？",
        "Q2a": (
            "患有严重心力衰竭、房室传导阻滞、血清肌酐超过110 mmol/L以及严重肝病的患者。"
            "输液前医生会为您做心电图（ECG）和验血。"
        ),
        "Q4a": "短时输液可在门诊进行，约需90分钟。在为治疗神经性疼痛而进行的8小时及多日氯胺酮输液期间，通常每天同时给予镁。",
        "Q8a": "必须有人送您回家并陪您过第一晚，在第二天之前**不要**进行剧烈运动或活动。不过，您应该能够在24小时内恢复正常活动并返回工作。",
        "Q9a": (
            "一次注射不太可能治愈您的疼痛，但有助于指导进一步的治疗。我们希望输液停止后对神经的作用仍能持续，"
            "可能持续数小时、数天、数周、数月或更长时间。"
        ),
        "Q11a": "请在1-2周内或在安排好一系列阻滞治疗后预约复诊。如果您无法按时赴约，请尽快告知我们。",
    },
    "zh_Hant": {
        "Q2": "哪些人不應接受鎂輸注？",
        "Q2a": (
            "患有嚴重心臟衰竭、房室傳導阻滯、血清肌酸酐超過110 mmol/L以及嚴重肝病的患者。"
            "輸液前醫生會為您做心電圖（ECG）和驗血。"
        ),
        "Q4a": "短時輸液可在門診進行，約需90分鐘。在為治療神經性疼痛而進行的8小時及多日氯胺酮輸液期間，通常每天同時給予鎂。",
        "Q8a": "必須有人送您回家並陪您度過第一晚，在第二天之前**不要**進行劇烈運動或活動。不過，您應該能夠在24小時內恢復正常活動並返回工作。",
        "Q9a": (
            "一次注射不太可能治癒您的疼痛，但有助於指導進一步的治療。我們希望輸液停止後對神經的作用仍能持續，"
            "可能持續數小時、數天、數週、數月或更長時間。"
        ),
        "Q11a": "請在1-2週內或在安排好一系列阻滯治療後預約複診。如果您無法按時赴約，請儘快告知我們。",
    },
}
