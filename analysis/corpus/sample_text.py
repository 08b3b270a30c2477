"""Sentence pools for the fictional sample corpus: invented states, people, places and events."""

from __future__ import annotations

from typing import Final

CITIES: Final = ("Lorin", "Havel Bay", "Marrow", "Tessaly", "Oskar Point", "Veld", "Port Amsel")
COUNTRIES: Final = ("Valdoria", "Kestria", "Nordvik")

NEUTRAL: Final = (
    "We remain in close contact with our partners about the next round of talks.",
    "The delegation will travel to {city} next week for consultations.",
    "Our position has not changed since the last meeting in {city}.",
    "Technical teams met today to review the text line by line.",
    "The next session is planned for the end of the month.",
    "We will publish the full record of the meeting once both sides agree.",
    "I discussed the schedule with our envoy this morning.",
    "The working groups on borders and prisoners will continue their work.",
    "There are {n} points in the current draft, and each of them matters.",
    "We expect a written answer from the other side within days.",
    "The government will brief parliament on the talks on {weekday}.",
    "Any agreement has to be approved by the people of {country}.",
)
POSITIVE: Final = (
    "We welcome the constructive spirit of yesterday's meeting.",
    "There is real progress, and I am grateful to everyone involved.",
    "This is a hopeful moment for both of our peoples.",
    "I am encouraged by the good faith shown in {city}.",
    "The exchange of prisoners was a success and a great relief to many families.",
    "We are optimistic that a fair and lasting agreement is within reach.",
    "I thank our friends in {country} for their generous support.",
    "The talks were friendly, open and productive.",
)
NEGATIVE: Final = (
    "This attack is a brutal and unacceptable violation of everything we agreed.",
    "We condemn the shelling of {city} and will hold those responsible accountable.",
    "The other side has shown bad faith, and we are deeply disappointed.",
    "These threats are dangerous and destroy the trust we had built.",
    "Innocent people were killed, and this crime cannot go unpunished.",
    "We reject these lies and the cynical propaganda behind them.",
    "The situation is terrible, and the suffering is getting worse every day.",
    "Their refusal to withdraw is a hostile act that we cannot accept.",
)
TREATY: Final = (
    "A peace treaty must guarantee the security of both nations.",
    "The draft peace treaty is now on the table.",
    "We are closer to a peace treaty than at any time this year.",
    "Both delegations asked for more time to study the peace treaty.",
    "Without guarantees, a peace treaty would only be a pause in the fighting.",
    "The peace treaty should be signed in {city} before winter.",
)
CEASEFIRE: Final = (
    "The ceasefire along the northern line is holding for now.",
    "A ceasefire is the first step, not the last one.",
    "Monitors will check the ceasefire every day from {city}.",
    "Every breach of the ceasefire will be reported to the Council.",
)
MILITARY: Final = (
    "Our brigades have strengthened the air defence around {city}.",
    "Deterrence depends on artillery, ammunition and trained reserves.",
    "The mobilisation of reserves will continue until the border is secure.",
    "We have moved additional armoured units and air defence batteries to the front.",
    "The drone attacks show why we need more interceptors and radar coverage.",
    "Our soldiers hold every trench and every bridgehead on the river.",
)
HUMANITARIAN: Final = (
    "Humanitarian corridors out of {city} must stay open for civilians.",
    "Medical convoys reached the displaced families in {city} this week.",
    "Shelters are overcrowded, and the evacuation of children is our priority.",
    "We delivered food, blankets and clean water to refugees near {city}.",
    "Aid workers need safe access to the hospitals and the shelters.",
    "Winter kits and medical supplies are being distributed to displaced families.",
)
MEDIATION: Final = (
    "Both delegations have accepted the framework for the next round of talks.",
    "My role is to listen to both sides and to keep the channel open.",
    "The Council of Nations stands ready to host the negotiations in {city}.",
    "Shuttle diplomacy between the capitals continues this week.",
)
MENTIONS: Final = (
    "I spoke with {other} about the draft this morning.",
    "{other} has made our work more difficult this week.",
    "We heard the statement by {other} and will answer in writing.",
    "My meeting with {other} was long and frank.",
)
EVENT_NEGATIVE: Final = (
    "After the attack on the Lorin bridge, we cannot pretend that nothing happened.",
    "The bombing of the Lorin bridge was a brutal crime and a betrayal of the talks.",
)
OPENERS: Final = ("", "", "", "Today, ", "Let me be clear: ", "Frankly, ", "As I said before, ")
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
