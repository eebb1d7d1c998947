"""Closed word lists that let a regex engine tell people from places and groups.

Names are found by *shape* (capitalised runs) and kept only with evidence; these
lists are that evidence: honorifics and office titles that announce a person,
common given names (with a gender, for he/she), and the words and places that
mark a capitalised run as an organisation or a location instead. They are
generic English news vocabulary, not lists of particular people.
"""

from __future__ import annotations

# Honorifics: stripped from names, and they say the person's gender.
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "rev": None, "rev.": None,
    "sen": None, "sen.": None, "rep": None, "rep.": None, "gov": None, "gov.": None,
    "gen": None, "gen.": None, "lt": None, "lt.": None, "col": None, "col.": None,
    "sgt": None, "sgt.": None, "capt": None, "capt.": None, "maj": None, "maj.": None,
    "adm": None, "adm.": None, "hon": None, "hon.": None, "atty": None, "atty.": None,
    "supt": None, "supt.": None, "insp": None, "insp.": None, "det": None, "det.": None,
    "cmdr": None, "cmdr.": None, "pres": None, "pres.": None,
    "messrs": None, "messrs.": None, "mme": "f", "mme.": "f", "m.": "m",
}

# Office words: a capitalised run ending in one of these, followed by a name,
# gives that name a role ("Finance Minister", "U.S. Trade Representative").
TITLE_WORDS: frozenset[str] = frozenset("""
president vice-president minister secretary premier senator governor mayor judge justice
chief director chairman chairwoman chair chairperson ambassador ceo cfo coo leader speaker
commissioner candidate nominee general attorney sheriff pope king queen prince princess
professor officer detective coach czar representative congressman congresswoman
councillor councilor councilman councilwoman chancellor spokesman spokeswoman spokesperson
lieutenant sergeant captain major admiral colonel commander deputy superintendent
inspector constable trooper economist analyst strategist pollster adviser advisor
chancellor treasurer comptroller auditor ombudsman founder executive publisher editor
columnist correspondent anchor host reporter historian lawyer rabbi imam pastor bishop
cardinal archbishop reverend father sister brother dean provost principal
assemblyman assemblywoman delegate legislator lawmaker mp mpp mla minister-designate
alderman alderwoman selectman supervisor manager strategist consultant aide organizer
activist spokesperson minority majority whip secretary-general director-general
attorney-general solicitor-general envoy
""".split()) | frozenset(k for k in HONORIFICS)

# Role nouns that, lowercased after "the", may stand for a person already named
# ("the senator said", "the Mexican President saying").
ROLE_NOUNS: frozenset[str] = frozenset("""
president senator governor minister premier mayor secretary candidate nominee congressman
congresswoman representative chairman chairwoman ceo judge ambassador leader speaker
businessman businesswoman billionaire lawmaker official spokesman spokeswoman chancellor
director economist analyst professor lawyer attorney commissioner chief democrat republican
frontrunner front-runner
""".split())

# Words that make a capitalised run an organisation, a place or a thing.
ORG_WORDS: frozenset[str] = frozenset("""
news agency council university college school house mail nation city party department
ministry bank inc inc. corp corp. co co. ltd ltd. llc plc group association committee
senate congress court times post press network institute foundation street bridge
airport station railroad railway airlines airline company corporation commission board
office service services union federation league club team fund trust authority
administration government parliament assembly cabinet embassy consulate police army navy
force forces guard command centre center hospital church mosque temple museum library
journal magazine review tribune herald gazette globe chronicle telegraph daily weekly
radio television tv channel channels show program programme media broadcasting
foundation society alliance coalition campaign caucus chamber exchange market markets
reserve treasury bureau division unit coast county province state states republic
kingdom empire island islands river lake mountain mountains valley square avenue
road highway tower center arena stadium hotel restaurant festival conference summit
agreement act bill treaty accord plan policy deal initiative project report index fed
partners partnership capital holdings industries systems technologies energy motors
oil gas petroleum mining steel bancorp financial securities insurance investments
research laboratory laboratories lab labs studio studios records pictures entertainment
games olympics cup championship series award awards prize day week month year war
revolution movement secretariat unit directorate electoral supreme federal national
international global america americas north south east west central democrats republicans
democratic republican liberals conservatives liberal conservative ndp gop
facebook twitter google amazon apple microsoft youtube instagram reuters ap afp upi cnn
msnbc nbc cbs abc fox pbs npr bbc cbc ctv espn politico breitbart axios bloomberg
""".split())

PLACES: frozenset[str] = frozenset("""
canada mexico america usa u.s. u.s.a. us uk u.k. britain england scotland wales ireland
france germany italy spain portugal russia ukraine china japan korea india pakistan iran
iraq syria israel palestine gaza lebanon jordan egypt libya turkey greece poland sweden
norway denmark finland netherlands holland belgium switzerland austria hungary romania
brazil argentina chile peru colombia venezuela cuba haiti jamaica panama guatemala
honduras nicaragua salvador australia zealand indonesia philippines vietnam thailand
malaysia singapore taiwan afghanistan saudi arabia yemen qatar kuwait emirates dubai
nigeria kenya ethiopia somalia sudan africa europe asia latin caribbean pacific atlantic
arctic antarctica ottawa toronto montreal vancouver calgary edmonton winnipeg quebec
ontario alberta manitoba saskatchewan nova scotia brunswick newfoundland labrador halifax
washington york los angeles chicago houston boston atlanta miami dallas detroit denver
seattle philadelphia phoenix baltimore cleveland pittsburgh orlando tampa vegas
francisco diego jose austin nashville memphis milwaukee minneapolis portland sacramento
california texas florida ohio michigan pennsylvania virginia carolina georgia iowa nevada
hampshire arizona colorado wisconsin minnesota missouri kentucky tennessee alabama
mississippi louisiana arkansas oklahoma kansas nebraska dakota montana wyoming idaho utah
oregon alaska hawaii maine vermont massachusetts connecticut rhode jersey delaware
maryland indiana illinois london paris berlin rome madrid moscow beijing tokyo delhi
brussels geneva vienna kyiv kiev tehran baghdad damascus jerusalem cairo havana beirut
riyadh istanbul ankara athens warsaw dublin edinburgh manchester sydney melbourne
shanghai hong kong seoul manila bangkok jakarta brasilia bogota lima caracas
guadalajara monterrey tijuana acapulco oaxaca cancun juarez westminster manhattan
brooklyn queens bronx hollywood silicon wall capitol pentagon kremlin vatican downing
""".split())

NATIONALITIES: frozenset[str] = frozenset("""
american canadian mexican british english french german italian spanish russian
ukrainian chinese japanese korean indian pakistani iranian iraqi syrian israeli
palestinian egyptian turkish greek polish swedish dutch swiss brazilian argentine
cuban australian european asian african arab muslim christian jewish catholic
hispanic latino latina asian-american african-american quebecer albertan
""".split())

# Capitalised words that are not names: sentence openers, function words,
# calendar words, pronouns. They are stripped from the edges of a run.
COMMON_CAPS: frozenset[str] = frozenset("""
the a an and or but nor so yet for of in on at to by with from into over after before
during while when where if as than then though although because since until unless
despite about above across against along among around behind below beneath beside
between beyond inside outside through throughout toward towards under upon within
without this that these those there here it its he she they we i you his her their our
my your him them us me who whom whose which what why how all any both each every few
many more most much no none not only other some such same very just also even still
again already always never often sometimes now today tonight yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan jan. feb feb. mar mar.
apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
last next first second third new old one two three four five six seven eight nine ten
mr mrs ms yes no ok okay well oh meanwhile however moreover furthermore instead
indeed thus hence therefore otherwise perhaps maybe later earlier asked said says told
according like unlike let let's please thanks thank read watch see click open photo
gallery video related advertisement more share comment comments updated posted
breaking exclusive analysis opinion editorial update live watch listen subscribe
is are was were be been being has have had do does did will would can could should
shall might must get got make made take took
""".split())

# Words that may join the parts of a name in lower case.
PARTICLES: frozenset[str] = frozenset(
    "de da del della der den van von bin ibn al el la le du di dos das ter ten".split()
)

# Given names with the gender they usually carry ("m", "f"; None when shared).
_MALE = """
aaron adam adrian ahmed alan albert alberto alex alexander alfredo ali allen alvin andre
andrew andy angelo anthony antonio arnold arthur austin barack barry ben benjamin bernie
bernard bill billy bob bobby brad bradley brandon brendan brett brian bruce bryan byron
calvin carl carlo carlos cedric chad charles charlie chris christian christopher chuck
clarence claude clay clint cody colin conrad corey craig curtis dale dan daniel danny
darren dave david dean dennis derek devin dick dominic don donald doug douglas duncan
dustin dwayne dwight earl ed eddie edgar eduardo edward edwin elijah elliott emanuel
emmanuel enrique eric erik ernest ernesto eugene evan felipe felix fernando francis
francisco franco frank franklin fred frederick gabriel gary gavin gene geoffrey george
gerald gerard gilbert glen glenn gordon graham grant greg gregory guy hank harold harry
harvey hector henry herbert herman howard hugh hugo hunter ian isaac ivan jack jacob
jaime jake james jamie jared jason javier jay jeb jeff jefferson jeffrey jeremy jerome
jerry jesse jesus jim jimmy joaquin joe joel john johnny jon jonathan jorge jose joseph
josh joshua juan julian julio justin karl keith ken kenneth kevin kirk kurt kyle lamar
lance larry lawrence lee leon leonard leroy lewis lincoln lindsey lloyd logan lorenzo
louis lucas luis luke malcolm manuel marc marco marcus mario mark marshall martin marvin
mason matt matthew maurice max michael miguel mike mitch mitchell mohammed muhammad
nathan nathaniel neil nelson nicholas nick nigel noah norman oliver omar oscar owen
pablo patrick paul pedro perry pete peter phil philip phillip pierre rafael ralph ramon
randall randy raul ray raymond reginald reince ricardo richard rick ricky rob robert
roberto rod rodney roger roland ron ronald ross roy ruben rudy russell ryan salvador sam
samuel scott sean sergio seth shane shawn sidney simon stanley stephen steve steven
stuart ted terry theodore thomas tim timothy todd tom tommy tony travis trevor troy
tyler victor vincent wade walter warren wayne wesley will william willie xavier zachary
justin jean-claude jean-pierre jean-luc francois-philippe françois-philippe pierre-luc
andrés andres jesús josé rand mitt newt marco ben jeh rahm reince rudolph kellyanne
benoit yves guy rené rene jacques michel luc normand gilles denis andré marcel
vladimir sergei dmitry boris xi emmanuel angela recep benjamin bashar abdel mahmoud
narendra shinzo justin stephen jagmeet maxime erin doug jason pierre
"""
_FEMALE = """
abigail ada alexandra alexis alice alicia alison allison amanda amber amy ana andrea
angela angelina anita ann anna anne annie april ashley audrey barbara beatriz becky
betsy betty beverly bonnie brenda bridget brittany caitlin candice carla carly carmen
carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl chloe christina
christine chrystia cindy claire clara claudia colleen connie courtney crystal cynthia
daisy dana danielle debbie deborah debra denise diana diane dolores donna doris dorothy
elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva
evelyn fiona frances gabriela gabrielle gail georgia gina gloria grace gretchen hannah
harriet heather heidi helen hilary hillary holly hope huma ingrid irene iris isabel
isabella ivanka jackie jacqueline jan jane janet janice jasmine jean jeanne jennifer
jenny jessica jill jo joan joanna joanne jodi jody josephine joy joyce judith judy julia
julie june karen kate katherine kathleen kathryn kathy katie kay kayla kelly kim
kimberly kirsten kristen kristin laura lauren leah leslie lily linda lisa liz lois
loretta lori louise lucy lydia lynn madeleine maria marie marilyn marion marsha martha
mary megan meghan melania melanie melissa meredith michele michelle mildred molly monica
nancy naomi natalie nicole nikki nina nora olivia pam pamela patricia patty paula
pauline peggy penny phyllis priscilla rachel rebecca regina renee rita roberta robin
rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila shelley shirley
sofia sonia sophia sophie stacey stephanie sue susan suzanne sylvia tammy tanya tara
teresa theresa tiffany tina tracy valerie vanessa veronica victoria virginia vivian
wendy whitney yolanda yvonne zoe condoleezza elizabeth kamala nancy marine theresa
jacinda chrystia catherine mélanie melanie francine geneviève genevieve isabelle
nathalie sylvie chantal josée josee marie-claude anne-marie marie-france andrée
"""
GIVEN_NAMES: dict[str, str | None] = {}
for _n in _MALE.split():
    GIVEN_NAMES[_n] = "m"
for _n in _FEMALE.split():
    GIVEN_NAMES[_n] = None if GIVEN_NAMES.get(_n) == "m" else "f"
for _n in "chris pat jordan morgan taylor alex jamie robin kim lee jan jean dana terry".split():
    GIVEN_NAMES[_n] = None
