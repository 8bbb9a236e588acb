"""Words that say how a question is asked, not what it is about.

Function words of MSA plus the question words and fillers of Gulf, Levantine,
Egyptian, Iraqi and Maghrebi speech, and English function words for questions
asked in English. They are kept out of the index and the
query so that «شو صار مع ماسك» and «ماذا حدث مع ماسك» score on «ماسك» alone.
Written as people write them; `STOPWORDS` holds their normalized forms, since
that is what the analyzer compares against.
"""

from __future__ import annotations

from index.normalize import normalize

_MSA = """
في من على الى إلى عن مع ما ماذا لماذا متى أين كيف كم هل من هو هي هم هن هما انا أنا نحن انت أنت
أنتم هذا هذه ذلك تلك هؤلاء أولئك الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي ان إن أن أو او ام أم
لا لم لن قد لقد كان كانت يكون تكون بتكون بيكون كانوا ليس ليست يعد و ف ب ك ل ثم بل لكن لكنه لكنها حتى إذا اذا لو
تنتمي ينتمي كل كله كلها كلهم كلو بعض غير أي اي أية اية ايه عند عندما بين بعد قبل حين حيث أيضا ايضا فقط كما مما ممن عما فيما
فيه فيها به بها له لها لهم ليها ليهم ليهن منه منها عنه عنها عليه عليها إليه اليه إليها اليها إليهما اليهما ذا ذات تم يتم
معه معها معهم معاه معاها ال بال لل وال فال وبال المدى أخرى اخرى بينه بينها بينهم بينهما بينهن بيناتهم بيناتهن
هناك هنا الآن ثمة وهو وهي وقد وكان وكانت ولكن وفي ومن وما ومع وعلى وعن وإلى والى وأن وان
ماهو ماهي ما هو ما هي هو هي يا بيا أما اما إما اما سوى بأي بأية لأي لاي ليكون لتكون ليصبح لتصبح لكي كي
أمام امام خلال حول نحو لدى منذ دون بدون عبر تجاه بشأن بخصوص يخص تخص يخصه فيما حسب بحسب وفق وفقا لكم لكن اللتي اللذي الذى التى مدى
يراد تراد حرص حرصت يحرص تحرص حريص حريصة اتخذ اتخذها اتخذه اتخذت اتخذوا يتخذ تتخذ
إزاء ازاء حيال سابقا سابقاً يشعر شعرت تشعر لديه لديها لديهم مرة مره المرة المره أثناء اثناء إبان ابان بشأنه بشأنها بخصوصه بخصوصها جرى جرت يجري تجري معية بمعية كونه كونها كونهم ينسجم تنسجم يتماشى تتماشى يتسق يتناسب
"""

# Dialect question words and fillers: Gulf, Levantine, Egyptian, Iraqi, Maghrebi.
_DIALECT = """
شو شنو شنهو شنهي شلون شكون شكو ياتي ياتو اكو ماكو مالها ماله مالهم مالو ومال اش ايش إيش ايشي وش وشو شي شيء شيئ اشنو آشنو
وين فين وينه فينه منين مينن ليش ليه علاش لاش لويش مين منو منهو منهي شكون
امتى إمتى امتا إمتا متا ايمتى إيمتى متين وقتاش امته ايمته شوكت
قديش قدي قداش كام كم قدّيش بكم بقديش بكام لكام أديش اديش بأديش باديش
ويه ويا وياه وياها ويانا وياهم برفقة رفقة بصحبة صحبة بيه بيها بيهم جوا جوه ركاب بركاب
اقدر أقدر نقدر يقدر بقدر أستطيع استطيع يستطيع نستطيع تستطيع استطاع استطاعت استطاعوا تمكن تمكنت تمكنوا يتمكن تتمكن يمكن يمكنني يمكنه لازم
بتاع بتاعة بتاعت بتوع بتوعه بتوعها بتوعهم تبع تبعت تبعه تبعها ديال نتاع متاع حق حقت حقه حقها حقهم
يلي اللي إللي الي لي يعني طيب هيك هيدا هيدي هاد هادا هادي داكشي هادشي هاذا هاذي هذي هاي هذولا دا دي ده
بالظبط بالضبط بالزبط بالاخر بالآخر بالاخير بالأخير فالاخير أخيرا اخيرا بالنهاية بالنهايه ضمنيا ضمنا انهي أنهي انهو أنهو بانهي بأنهي فانهي فأنهي لانهي لأنهي
كده كدا كذا هيك هكذا زي مثل متل شلون كيف كيفاش كيفية إزاي ازاي ازاى ازيك
ع عم رح راح ح حـ بدي بدك بدو بده بدها بدهم بدنا بدكم عبالو عباله عبالها عبالهم عايز عايزه عايزة عايزين عاوز عاوزه عاوزة عاوزين
ابغى ابي أبي ابغي بغيت نبغي يبي تبي نبي يبون تبون يبغى تبغى يبغي تبغي يبغون حاب حابب حابة حب حبيت حبت
كيبغي كتبغي كيبغيو يبيها يبيه يبيهم تبيها تبيه ابيها ابيه يبغاها يبغاه يبغاهم ياها يريده يريدها تريده تريدها ريده ريدها ريدهم الشي الشيء
يريد تريد أريد اريد نريد يريدون تريدون شتريد شيريد شتبي شيبي شتبغى شيبغى يرغب ترغب رغب رغبت أراد اراد أرادت ارادت أرادوا ارادوا
مراده مرادها مرادهم راد رادت رادوا ماراد مااراد مارادت مابده مابدو مابدها مايبي ماتبي مايبغى بغاش بغيتش بغاتش بغات بغاو
هو احنا إحنا حنا احنا انتو إنتو انتوا هوه هيه هيا هوا همه هوما هوماش هني هنن هنه حالو حاله حالها نفسه
قلي قولي خبرني خبرنى احكيلي احكي قلنا قولنا اعرف أعرف عرفني
يقال قيل بيقولوا بيقولو سمعت قرأت قريت يفهم نفهم بم انو إنو البعض بيعتبر بتعتبر شايف شايفه شايفة شايفين
صار صارت صاير صايرة صايره صايرين حاصل حاصلة حاصله تصبح يصبح أصبح أصبحت اصبح اصبحت تبقى يبقى قعد قعدت قعدوا حصل حدث طرأ يطرأ يصير بيصير يحدث سيحدث بيحدث هيحدث يحصل بيحصل سيحصل هيحصل
عمل يعمل بيعمل بتعمل عملت تعمل اتعمل اتعملت سوى سوا سوت يسوي بيسوي تسوي بتسوي يسوون بيسوون سووا سواها سواه سوه سوتها سوته فعل فعله فعلت يفعل تفعل
جعل جعله جعلها جعلت يجعل خلى خلا خلاه خلاها خلت يخلي بيخلي يخوض خاض يخوضه يخوضها يخوضون يفعله يفعلها تفعله تفعلها
تحصل بعدين شكان دائما دوما بوقته بوقتو بوقتها وقته وقتو وقتها وقتهم ساعتها ساعتيها ساعتهاش بقاله بقالها بقالهم بقالي ماكاينش ماكايناش ماكانش ماكانتش خص خصه خصها خصو
مش مو مب موش ماش
عاملين عاملينه عاملينها سووا عملوا عملو هيعمل هبب بيهبب هببت تصير بتصير انعمل انعملت انعملو انسوى انسوت انسوا اتسوى اتسوت باغي باغية باغيين بهاد بهادا بهادي ورا
عنده عندو عندها عندهم إلو الو ربعه ربعها ربعهم ربعنا ربعي ربعك شعنده شعندو شعندها شعندهم شعندك
كثيرون الكثيرون كثيرين الكثيرين هالكثر هالقد هلقد لهالدرجة لهالدرجه لهدرجة لهالحد
عشان علشان مشان منشان لان لأن لانه لأنه لانو لأنو بس كمان برضو برضه ملي لما لمن وقت الوقت ساعة ساعه يوم ايام هل وش شو ايه إيه ايش
شكد شقد شكثر شحال شبي شبيك قداه بقداه اشحال اشكون بشحال كيفاش فوقاش وقتاش علاه برشا
لشو بشو عشو لشنو بشنو
بماذا لماذا فماذا وماذا ولماذا مادا لمادا بمادا شسوى شسوا شسوت شسووا بعدما بمن ممن عمن فيمن مم فيم علام حتام لمن وكيف واين ومتى وهل وكم ماهو ماهي اللي الي
دار دارت دارو داروا درنا باش بغا واش اشمن أشمن فاشمن فأشمن باشمن بأشمن ديال ديالو كاين كاينة غادي راه بزاف شنهو واخا
ديالها ديالهم ديالهوم ديالي ديالك ديالنا ديالكم ديالوا جان جانت جانو جانوا كانو وكت الوكت بالوكت بوكت بوقت بلي ماشي
بكرة بكره بكرا نهار النهار اليوم امبارح مبارح هلق هلأ هسه هسا دلوقتي دلوقت توا الحين حاليا
لحد للحين لهلأ لهلق لليوم
حدا حدن
هدا هدي هدول هدولا هاذول قاعد قاعدين
"""

# English question and function words, for questions asked in English.
_ENGLISH = """
a an the is are was were be been being do does did doing has have had of in on at to for from by with
about against into over under than then that this these those it its he she they them his her their
s who whom whose what which when where why how much many long often tell me us please know did does
and or but not no yes can could would should will shall may might must i you we my your our there here
get gets got getting become becomes becoming became want wants wanted far back go goes come comes came coming
own happen happens happened according
if between among still exactly just really days day big large size made make makes summarize summary brief short
wat wut whats whos hows whys u ur r d ll ve re m im
"""

# Nouns that frame a question rather than name its topic: «ما علاقة ماسك بـ…»,
# «ما قصة…», «شو سالفة…», «تفاصيل عن…», «فكرة عن…», «لخصلي…» (summarize), «بحسب الخبر», «من
# الشخص الذي…» (who),
# «ما سبب…» (a «why» question: its answer is about what follows, and «سبب» found «دوافعه» in
# the wrong paragraph), «شكد مدة…»
# (how long: the answer is a duration, the question is about what follows), «ما موقف X من Y؟»
# (X's stance: the word found a heading that says «موقف» of someone else).
_FRAMES = """
جهة جهه الجهة الجهات سياق يظهر طريقة بطريقة فكرته فكرتها طبيعة طبيعته ماهية نوع علاقة علاقته علاقتو علاقتها قصة قصته قصتها قصتو قصتهم سالفة سالفته سالفتها سالفتهم سالفتو حكايته حكايتها حكايتو حكايتهم صلة صلته الصلة الرجلين
ردة المقصود مقصود
شسالفة شالسالفة شالقصة حكاية تفاصيل معلومات معلوماته معلوماتها موضوع أخبار اخبار شيء شي حاجة حاجه هالشغلة
العلاقة القصة السالفة الحكاية التفاصيل المعلومات المعلومة معلومة الموضوع الخبر المقال المقالة التقرير النص الفقرة فقرة فكرة الفكرة نبذة
لخص لخصلي لخصلنا اختصرلي تختصرلي تختصرلنا اختصرلنا تلخص تلخصلي تلخصلنا تلخيص ملخص ملخصا الملخص خلاصة الخلاصة باختصار بإيجاز
مصير المصير سبب السبب سببو سببها سببهم سر السر أسباب اسباب الأسباب الاسباب بسبب جراء
دليل الدليل بلد البلد طرف الطرف الأطراف أطراف رقم الرقم شعور شعوره إحساس احساس احساسه يلعب تلعب يلعبه تلعبه لعبه لعبها الفرق صفة صفته بصفته الصفة
الشخص الحدث مدة مده المدة المده فترة الفترة عدد العدد حجم الحجم مقدار المقدار خبر موقف موقفه موقفها موقفهم
عبارة العبارة عبارات جملة الجملة حرفيا حرفياً استخدم استخدمت استخدمها استخدمتها استعمل استعملت
تحت ضد محتمل المحتمل محتملة المحتملة المحتملين الظروف ظروف ملابسات الشعور انتاب انتابه انتابها لخصت لخصته الطرفان الطرفين البلدين البلدان الدولتين
story article
"""

# Titles before a name: «ما الصفة الرسمية للسيدة ليفيت؟», «Mr Musk». The name says who; the
# title, a word no story writes, weighed like the rarest one and made the question look off-topic.
# Not «سيد» alone: «سيد البيت الأبيض» is the president.
_TITLES = """
السيد السيدة السادة الآنسة الانسة الست mr mrs ms
"""

# Courtesy and asides around a question: «لو سمحت», «من فضلك», «يا سند» (the bot's name),
# «عندي سؤال», «ممكن تقولي», «ممكن تساعدني» (ISRI read «تساعدني» as «السعودية»'s root).
# Measured: each turned 10–30 % of the own set's answers (an unknown word weighs like the rarest
# known one, so the question looked half off-topic).
_COURTESY = """
سمحت سمحتي سمحتو سمحتوا فضلك فضلكم لطفا لطفاً رجاء الرجاء ارجو أرجو نرجو بليز ممكن ممكنك
تقدر تقدري تعرف تعرفي تعرفون تعرفو بتعرف بتعرفي سؤال سؤالي سؤالين استفسار عندي عندى قل قلي لي ليا
تقولي تقلي تقوللي تقللي تقولنا تخبرني تخبريني تحكيلي تحكيلنا تشرحلي اشرحلي اشرح وضح وضحلي فهمني
سند سنود شكرا شكراً شكرًا جزيلا جزيلاً مشكور مشكورة ممنون ممنونك ممنونة ممنونه ممنونين يعطيك العافية اخوي أخوي خيو خوي حبيبي ياريت ريت وياك
تساعدني تساعديني تساعدوني ساعدني ساعديني ساعدوني تفيدني تفيديني تفيدونا تفيدنا افيدوني أفيدوني افدني أفدني
يخليك يخليكي يخليكم يسلمو يسلموا يسلمك يحفظك يسعدك جزاك جزاكم خيرا يوفقك يبارك
تكرمت تكرمتي تكرم صباحك مساءك مساك صباحكم مساءكم مرحبا مرحباً مرحبتين اهلا أهلا اهلين أهلين هلا هلو السلام عليكم صباح مساء الخير النور مقدما مقدماً
يعافيك يعافيكي يعافيكم والله لك ليك اذنك إذنك اذنكم إذنكم ايدك ايديك
please pls plz thanks thank thx bro sanad
نسولك نسالك نسألك اسالك أسألك تدري تدرين تدرون تدرى ادري أدري تعرفين يمكنك يمكنكم تستطيع تستطيعين
تقوليلي أخبرني اخبرني اخبريني أعلمني اعلمني دلني دليني تشرح توضح توضحلي افهم أفهم نحب نحبو
عليك عليكي عليكم فيك فيكي فيكم امكن أمكن أمكنك امكنك صديقي اخي أخي اخوان اخواني إخوان إخواني استاذ أستاذ
استاذي أستاذي عزيزي طب اوكي اوك أوكي ايوه أيوه ايوا اه آه اها أها
"""

# Adverbs that say how to answer or how sure the reader is, not what about: «…بالتحديد؟»,
# «…بالتفصيل؟», «…صح؟», «…يا ترى؟», «كما ورد في الخبر», «على حد علمك».
_ASIDES = """
بالتحديد تحديدا تحديداً بالتفصيل تفصيلا تفصيلاً بسرعة بالمختصر مختصر بصراحة صراحة اصلا أصلا أصلاً اصلاً
مثلا مثلاً ضروري صح ترى ورد فهمت علمك علمي نعرف نعرفو تعرفوا عافاك عافاكي عافاكم
بكلمة بكلمتين برأيك برايك برأيكم بنظرك
"""

# «بالموضوع», «والقصة», «للتقرير», «لعلاقة»: a frame word is one behind a clitic too, and
# behind the dialects' «هالـ» (this): «بهالقصة», «هالموضوع». A title too: «للسيدة ليفيت».
_BEHIND_CLITICS = [w for w in (*_FRAMES.split(), *_TITLES.split()) if not w.isascii()]
_FRAMED = {c + w for w in _BEHIND_CLITICS for c in ("ب", "و", "ف")} | {
    "لل" + w[2:] if w.startswith("ال") else "ل" + w for w in _BEHIND_CLITICS
} | {c + "ه" + w for w in _FRAMES.split() if w.startswith("ال") for c in ("", "ب", "ل", "و", "ف", "ع")}
_WORDS = frozenset(
    normalize(word)
    for block in (_MSA, _DIALECT, _FRAMES, _TITLES, _COURTESY, _ASIDES, _ENGLISH) for word in block.split()
) | frozenset(normalize(w) for w in _FRAMED)

# «وأراد», «فماذا», «وبعد»: a function word behind the conjunction «و» or «ف» is still one.
# Not «ولي» (guardian, «ولي العهد»), «فهم» (understanding) nor «فقد» (lost): words of their own.
_CONJOINED = frozenset(
    c + normalize(word) for block in (_MSA, _DIALECT) for word in block.split() for c in "وف" if len(word) >= 2
) - {"ولي", "فهم", "فقد"}

# «لمين» (to whom), «بإيش» (with what), «عمين» (about whom), «لوين» (to where): a dialect question
# word behind the prepositions «ل», «ب», «ع» is still one. Not «بوش» (Bush), «لوش», nor «عاش»,
# «عايش» (lived, living): words of their own.
_QUESTION_WORDS = "مين منو شكون شو ايش إيش اش ايه إيه شنو وين فين فوين"
_PREPOSED = frozenset(c + normalize(word) for word in _QUESTION_WORDS.split() for c in "لبع") - {
    "بوش", "لوش", "عاش", "عايش"
}

STOPWORDS: frozenset[str] = _WORDS | _CONJOINED | _PREPOSED
"""Normalized stopwords; compare against normalized tokens only."""

# «الله يعطيك العافية», «جزاك الله خير», «الله يخليك»: God's name in a blessing is courtesy, and
# as a word no story uses it weighed like the story's rarest (the question looked off-topic).
# Only beside a blessing's verb: «الله» is a word of its own in «رسول الله».
BLESSING_VERBS = frozenset(normalize(w) for w in (
    "يعطيك يعطيكم يعطيكي يخليك يخليكي يخليكم يسلمك يسلمكم يعافيك يعافيكم يحفظك يحفظكم يسعدك يسعدكم "
    "يجزاك يجزيك يجزيكم جزاك جزاكم بارك يبارك يوفقك يوفقكم يرضى يرضي يكرمك يكرمكم شاء أسعد اسعد"
).split())
_GOD = frozenset(normalize(w) for w in "الله لله".split())
# …and what it asks God to give: «يعطيك الصحة» (give you health); elsewhere health is a subject.
_HEALTH = frozenset(normalize(w) for w in "الصحة صحة".split())


# «آخر» is «latest» before news words («آخر أخبار ماسك»), «other» or «last» with nothing after it
# but function words («في بلد آخر؟», «آخر شي»), and «delayed» («أخر الإعلان») elsewhere: the
# words are one once hamzas are gone.
_LATEST = normalize("آخر")
_NEWS_WORDS = frozenset(normalize(w) for w in (
    "أخبار اخبار الأخبار الاخبار خبر الخبر المستجدات مستجدات التطورات تطورات التحديثات شي شيء مره مرة"
).split())


# «شنو وقع لعرض ماسك؟», «ماذا جرى بعدها؟»: after «what», «وقع» and «جرى» are «happened» (like
# «حدث», «صار»), not «signed» («من وقع الاتفاق؟») nor «ran».
_HAPPENED = frozenset(normalize(w) for w in "وقع جرى جرا".split())
_WHAT = frozenset(normalize(w) for w in "ماذا وماذا فماذا مادا ومادا فمادا شنو شو ايش اش واش وش شنهو ايه إيه what".split())

# «ما اسم…؟» asks for a name: the word names the answer, as «مين» does; left in, it found
# «تحت اسم Stargate» for «ما اسم كلب ماسك؟». Own +1 out of scope declined, −1 answered right
# («وش اسم الشريك الإماراتي…؟» had reached paragraph 2 by the same word); ARCD +1 per-article.
_NAME = frozenset(normalize(w) for w in "اسم إسم".split())
_WHAT_OR_MA = _WHAT | frozenset(normalize(w) for w in "ما وما ماهو ماهي".split())
_HE_SHE = frozenset(normalize(w) for w in "هو هي".split())


# «شو عمل ماسك لما عرف بالمشروع؟», «ملي عرف», «when he learned»: after «when», learning of it
# frames the question (what did he do then), not «عُرف ماسك بـ» (was known for).
_LEARNED = frozenset(normalize(w) for w in (
    "عرف عرفت عرفوا عرفو درى دري علم علمت علموا سمع سمعت سمعوا learned heard"
).split())
_WHEN_CONJUNCTIONS = frozenset(normalize(w) for w in "لما لمن لمّا ملي عندما حين حينما بس وقت كي when".split())


# Egyptian «عامل» / «عاملة» (doing, made) after «اللي» or before «إيه»: «الشركات اللي عاملة
# ستارجيت», «ماسك عامل إيه». Elsewhere the word is a worker or a factor, which a story may state.
_DOING = frozenset(normalize(w) for w in "عامل عاملة عاملها عاملاها".split())
_WHO_THAT = frozenset(normalize(w) for w in "اللي الي إللي يلي اللى".split())


# «كيف وصفت ليفيت الاتفاق؟» (how did she describe it) asks what was said of what follows: the
# describing frames it, as «موقف» does, when the question names something else. Not in the
# index's stopwords: a text may answer «بماذا توصف؟» by «وُصفت بـ…» (ARCD has one).
_DESCRIBED = frozenset(normalize(w) for w in (
    "وصف وصفت يصف تصف وصفه وصفها وصفته وصفوا الوصف لوصف بوصف describe described describes description "
    "characterize characterized"
).split())


# Maghrebi «دار / يدير» is «do»: «شنو بغا ماسك يدير فالمشروع ديال الإمارات؟» (what did he want to
# do). Elsewhere it is «manage», as the role check reads it («منو اللي يدير OpenAI؟»), and in
# Maghrebi too after «who» or «that» («شكون لي كيدير OpenAI؟»).
_DO_MAGHREBI = frozenset(normalize(w) for w in "دار دارت داروا يدير تدير ندير يديرو كيدير كتدير غيدير".split())
_WHO_RUNS = _WHO_THAT | frozenset(normalize(w) for w in "لي شكون منو مين".split())
_MAGHREBI = frozenset(normalize(w) for w in (
    "ديال ديالو ديالها ديالهم بغا بغات بغاو باغي علاش شكون كيفاش فاش باش شحال دابا بزاف"
).split())


# «هل سبق أن…؟», «هل سبق لماسك أن…؟» (has he ever): «سبق» before «أن» or «لـ» asks whether, not
# what came first («ما المشروع الذي سبق ستارجيت الإمارات؟»).
_EVER = frozenset(normalize(w) for w in "سبق سبقت".split())
_EVER_THAT = frozenset(normalize(w) for w in "أن ان".split())

# «كيف قدر ماسك يعطل الإعلان؟» (how did he manage to…): «قدر» after «how» frames the verb.
# Elsewhere it is an amount or an estimate («بكم قدر التحالف قيمة OpenAI؟»).
_MANAGED = frozenset(normalize(w) for w in "قدر قدرت قدروا".split())
_HOW = frozenset(normalize(w) for w in "كيف ازاي إزاي شلون كيفاش how".split())

# «Give me…» asks; elsewhere «give» is a payment («How much did Musk give to Trump?»).
_GIVE = frozenset(("give",))
_ME = frozenset(("me", "us"))

# «ألف شكر» (a thousand thanks): courtesy, not a number.
_THOUSAND = frozenset(normalize(w) for w in "ألف الف".split())
_THANKED = frozenset(normalize(w) for w in "شكر مبروك سلامة تحية".split())

# «تسلم إيدك» (bless your hand: thanks) is courtesy; elsewhere «تسلم» is taking office («تسلم منصبه»).
_THANKS = frozenset(normalize(w) for w in "تسلم تسلمي تسلمو تسلموا".split())
_HAND = frozenset(normalize(w) for w in "ايدك إيدك ايديك إيديك يدك يداك ايدكم ايديكم".split())

# «رد فعل ماسك» (Musk's reaction) asks what he did, as «ردة فعل» does; «رد» alone is a reply.
_REPLY = frozenset(normalize(w) for w in "رد ردود".split())
_DEED = frozenset(normalize(w) for w in "فعل الفعل فعله".split())

# «ما الوظيفة التي تشغلها ليفيت؟», «What position does Leavitt hold?»: holding a post says nothing
# the post does not; elsewhere «يشغل» is keeping busy («ما الذي كان يشغل ماسك…؟») or running.
_HOLDS = frozenset(normalize(w) for w in "يشغل تشغل يشغله تشغله يشغلها تشغلها يشغلون hold holds held".split())
_POSTS = frozenset(normalize(w) for w in (
    "وظيفة الوظيفة وظيفته وظيفتها منصب المنصب منصبه منصبها مناصب المناصب job position post title role"
).split())


# «بشكل عام» (in general) frames; elsewhere «عام» is a year and «بشكل» a manner the story states.
_GENERAL = frozenset(normalize(w) for w in "عام عامة عامه العموم".split())
_MANNER = frozenset(normalize(w) for w in "بشكل بصفة بصفه بصورة بصوره على".split())

# Whom a question calls to after «يا»: «يا جماعة», «يا باشا», «يا شباب»; elsewhere «جماعة أبوظبي»
# is a subject.
_CALLED = frozenset(normalize(w) for w in (
    "جماعة جماعه شباب غالي غالية باشا معلم زلمة زلمه رجال حاج حجي بطل طيب طيبة عسل ورد حلو"
).split())
CALLING = normalize("يا")  # also where a clause that only calls someone is courtesy (index.concepts)

# «سؤال سريع: …» (a quick question): the question is small, not its subject.
_SMALL = frozenset(normalize(w) for w in "سريع سريعة صغير صغيرة بسيط بسيطة".split())
_QUESTION_NOUNS = frozenset(normalize(w) for w in "سؤال سؤالي استفسار".split())


# «كما ذكر», «حسب ما جاء في الخبر» (as it says), «على حد علمك» (as far as you know): elsewhere
# «ذكر» is a male, «جاء» came and «حد» a limit.
_SAID = frozenset(normalize(w) for w in "ذكر ذكرت جاء جاءت".split())
_AS = frozenset(normalize(w) for w in "كما ما".split())
_EXTENT = frozenset(normalize(w) for w in "حد".split())
_ON = frozenset(normalize(w) for w in "على".split())


# A word that is a filler only beside one of its neighbour words, the one just before it or the
# one just after it. (No word is in two of the word sets: the order of the rules does not matter.)
_BESIDE: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = (
    (_HEALTH, "before", BLESSING_VERBS),
    (_HAPPENED, "before", _WHAT),
    (_LEARNED, "before", _WHEN_CONJUNCTIONS),
    (_MANAGED, "before", _HOW),
    (_THOUSAND, "after", _THANKED),
    (_THANKED, "before", _THOUSAND),
    (_GIVE, "after", _ME),
    (_THANKS, "after", _HAND),
    (_REPLY, "after", _DEED),
    (_GENERAL, "before", _MANNER),
    (_MANNER, "after", _GENERAL),
    (_CALLED, "before", frozenset((CALLING,))),
    (_SMALL, "before", _QUESTION_NOUNS),
    (_SAID, "before", _AS),
    (_EXTENT, "before", _ON),
)


def without_fillers(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """`tokens` (normalized) without God's name beside a blessing's verb, «آخر» (latest) before a
    news word, «happened» and «name» after «what», «doing» after «that», describing beside what is
    described, «تسلم» before «إيدك», «سبق» before «أن», «قدر» after «how», «رد» before «فعل»,
    «ألف شكر», health asked for in a blessing, «give me», holding a post the question names,
    Maghrebi «يدير» (do): courtesy and framing, not what is asked about."""
    def filler(i: int, token: str) -> bool:
        before, after = tokens[max(i - 1, 0) : i], tokens[i + 1 : i + 2]
        if token in _DESCRIBED:
            return any(t not in STOPWORDS and t not in _DESCRIBED for t in tokens)
        if token in _DOING:
            return not _WHO_THAT.isdisjoint(before) or not _WHAT.isdisjoint(after)
        if token in _HOLDS:
            return not _POSTS.isdisjoint(tokens)
        if token in _GOD:
            return not BLESSING_VERBS.isdisjoint(before + after)
        if token in BLESSING_VERBS:  # «الله يرضى عليك»: the blessing's verb too, beside God's name
            return not _GOD.isdisjoint(before + after)
        for fillers, side, neighbours in _BESIDE:
            if token in fillers:
                return not neighbours.isdisjoint(before if side == "before" else after)
        if token in _NAME:  # «ما اسم…», «ما هو اسم…»
            asked = tokens[max(i - 2, 0) : i - 1] if before and before[0] in _HE_SHE else before
            return not _WHAT_OR_MA.isdisjoint(asked)
        if token in _EVER:
            return bool(after) and (after[0] in _EVER_THAT or (after[0].startswith("ل") and len(after[0]) > 2))
        if token in _DO_MAGHREBI:  # not «شكون لي كيدير OpenAI؟» (who runs it)
            return not _MAGHREBI.isdisjoint(tokens) and _WHO_RUNS.isdisjoint(before)
        # «آخر» last, or before a function word, has no object to delay: «في بلد آخر؟» (other).
        return token == _LATEST and (not after or after[0] in STOPWORDS or not _NEWS_WORDS.isdisjoint(after))

    return tuple(t for i, t in enumerate(tokens) if not filler(i, t))
