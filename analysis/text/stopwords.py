"""Stopword lists written for this project (English, Russian, Ukrainian) and the user's own words.

Each list has the language's function words (articles, pronouns in every case, prepositions,
conjunctions, particles, auxiliaries) and the filler of statements and speeches: time words
(today, week, next), quantifiers (every, several) and stock verbs (say, think, want), which
otherwise top every term list without telling one speaker or period from another. The lists
are applied together, so no statement needs a language: the few words two of them share are
function words or filler in both.
"""

from __future__ import annotations

import re
from typing import Final

_ENGLISH_FUNCTION = """
a about above across after afterwards again against ago all almost alone along already also
although always am among amongst an and another any anybody anyone anything anyway anywhere
are around as at be became because become becomes been before beforehand behind being below
beside besides between beyond both but by can cannot could did do does doing done down
during each either else elsewhere enough etc even ever every everybody everyone everything
everywhere except few for former formerly from further furthermore had has have having he
hence her here hereby herein hers herself him himself his how however i if in indeed instead
into is it its itself just least less lest let many may me meanwhile might mine more
moreover most mostly much must my myself namely neither never nevertheless no nobody none
noone nor not nothing now nowhere of off often on once one ones only onto or other others
otherwise ought our ours ourselves out over own per perhaps quite rather same several shall
she should since so some somebody someone something sometime sometimes somewhat somewhere
still such than that the their theirs them themselves then thence there thereafter thereby
therefore therein thereupon these they this those though through throughout thus to together
too toward towards under unless until up upon us very via was we were what whatever when
whenever where whereas wherever whether which while whither who whoever whole whom whose why
will with within without would yet you your yours yourself yourselves
's 're 've 'd 'll 'm n't ca wo
"""
_ENGLISH_FILLER = """
today tonight tomorrow yesterday now day days week weeks weekly month months monthly year
years yearly morning afternoon evening night time times moment recently currently soon later
earlier next last first second third new latest
lot lots plenty various certain particular kind sort way ways thing things part
said say says saying tell told telling ask asked asking think thinks thought know knows knew
known want wants wanted see sees saw seen come comes came coming go goes going went gone get
gets got getting make makes made making take takes took taken give gives gave given put keep
keeps kept look looks looked seem seems seemed like well really frankly clearly simply
certainly surely actually obviously fully truly exactly especially basically
mr mrs ms dr yes ok okay oh
"""
_RUSSIAN = """
а без более бы был была были было быть в вам вас весь во вот все всего всей всем всеми всех
всю вся вы где да даже для до его ее её ей ему если есть еще ещё же за здесь и из или им ими
их к как какая какие каким каких какой ко когда кого которая которого которое которой
котором которому которую которые который которым которыми которых кто ли либо меня мне
мной мною мы на над наш наша наше нашего нашей нашем нашему нашим нашими наших наши не него
нее неё ней нем нём нему нет ни ним ними них но ну о об один одна одни одно около он она они
оно от перед по под после при про с со так также такой там тебе тебя то тогда того тоже той
только том тот ту ты у уж уже хотя чего чей чем через что чтобы чье чья эта эти этим этими
этих это этого этой этом этому этот эту я мой моя мое моё мои моего моей моих свой своя свое
своё свои своего своей своих себя себе собой сам сама само сами самый самая самое самые тут
сегодня вчера завтра сейчас теперь год года году лет день дня дней неделя недели неделе
месяц месяца время раз очень просто именно например также кроме между потому поэтому
однако всё будет будут буду будем будете может могут можно нужно надо должен должна должны
сказал сказала сказали говорит говорил заявил заявила отметил отметила
"""
_UKRAINIAN = """
а або але без би був була були було бути в вам вас весь во вони воно вона він від все всі
всього всіх ви де для до його її їй їм їх з за зі і й із к коли кого котрий котра котре котрі
хто чи ми мене мені мною на над наш наша наше нашого нашої наших наші не нас нам ні ним ними
них но ну о об один одна одне одні по під після при про с та так також такий там тебе
то тоді того теж той тільки тому тут ту ти у уже вже хоча чого чий чим через що щоб це цей
ця ці цього цієї цих цим цими цьому які який яка яке якого якої яких якому якщо є я мій моя
моє мої свій своя своє свої своїх себе собі сам сама саме самі між тобто тощо адже отже
сьогодні вчора завтра зараз тепер рік року році років день дня днів тиждень тижня місяць
місяця час раз дуже просто наприклад крім однак буде будуть буду будемо
можна може можуть треба потрібно має мають повинен повинні сказав сказала сказали говорить
заявив заявила зазначив зазначила
"""

ENGLISH: Final[frozenset[str]] = frozenset((_ENGLISH_FUNCTION + _ENGLISH_FILLER).split())
RUSSIAN: Final[frozenset[str]] = frozenset(_RUSSIAN.split())
UKRAINIAN: Final[frozenset[str]] = frozenset(_UKRAINIAN.split())
PACKAGED: Final[frozenset[str]] = ENGLISH | RUSSIAN | UKRAINIAN
_SEPARATORS: Final = re.compile(r"[\s,;]+")


def user_stopwords(text: str) -> tuple[str, ...]:
    """The user's own stopwords from text such as "oskar, minister; week", folded, in order."""
    return tuple(dict.fromkeys(w.casefold() for w in _SEPARATORS.split(text) if w.strip()))
