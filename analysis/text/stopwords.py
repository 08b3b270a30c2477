"""Stopword lists written for this project (English plus common Russian and Ukrainian words)."""

from __future__ import annotations

from typing import Final

_ENGLISH_WORDS = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even few for
from further had has have having he her here hers herself him himself his how i if in into
is it its itself just let me more most much must my myself no nor not now of off on once only
or other ought our ours ourselves out over own per same shall she should so some such than
that the their theirs them themselves then there these they this those through to too under
until up upon us very was we were what when where which while who whom whose why will with
within without would yet you your yours yourself yourselves 's 're 've 'd 'll 'm n't
ca wo one said says say
"""

_RUSSIAN_UKRAINIAN_WORDS = """
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него
до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для
мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
потому этого какой совсем ним здесь этом один почти мой тем чтобы нее были куда зачем всех
никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего
них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя
такой им более всегда конечно всю между це та що й і в у з на не як до від за але ми ви вони
він вона воно це цей ця ці був була були бути є також тому тут там які який яка якщо щоб або
"""

ENGLISH: Final[frozenset[str]] = frozenset(_ENGLISH_WORDS.split())
RUSSIAN_UKRAINIAN: Final[frozenset[str]] = frozenset(_RUSSIAN_UKRAINIAN_WORDS.split())
PACKAGED: Final[frozenset[str]] = ENGLISH | RUSSIAN_UKRAINIAN
