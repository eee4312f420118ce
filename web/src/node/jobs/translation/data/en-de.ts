/**
 * English → German lexicon for signs and notices: `source<TAB>target` a line, phrases
 * and words (see ../lexicon.ts). Written for Tabmesh; targets as they appear mid-sentence.
 */
export default `
the	die
a	ein
an	ein
this	dieser
that	das
these	diese
those	jene
some	einige
any	jeder
all	alle
every	jeder
each	jeder
no	keine
not	nicht
none	keiner
other	andere
another	ein anderer
both	beide
either	entweder
neither	keiner
such	solche
same	gleiche
own	eigene
only	nur
also	auch
too	auch
very	sehr
more	mehr
most	die meisten
less	weniger
least	mindestens
much	viel
many	viele
few	wenige
a few	einige
several	mehrere
enough	genug
and	und
or	oder
but	aber
nor	noch
if	wenn
unless	es sei denn
because	weil
so	also
than	als
as	wie
like	wie
while	während
when	wenn
where	wo
what	was
which	welche
who	wer
whom	wem
whose	wessen
why	warum
how	wie
how much	wie viel
how many	wie viele
how long	wie lange
whether	ob
of	von
to	zu
in	in
into	in
on	auf
onto	auf
at	an
by	von
for	für
from	von
with	mit
without	ohne
about	über
above	über
below	unter
under	unter
over	über
between	zwischen
among	unter
through	durch
across	über
along	entlang
around	um
behind	hinter
in front of	vor
next to	neben
beside	neben
near	in der Nähe von
opposite	gegenüber
inside	drinnen
outside	draußen
within	innerhalb
beyond	jenseits
against	gegen
towards	in Richtung
toward	in Richtung
via	über
per	pro
during	während
before	vor
after	nach
until	bis
till	bis
since	seit
except	außer
including	einschließlich
instead of	statt
according to	gemäß
due to	wegen
because of	wegen
in case of	im Falle von
in order to	um zu
up to	bis zu
out of	außer
i	ich
you	Sie
he	er
she	sie
it	es
we	wir
they	sie
me	mich
him	ihn
her	ihr
us	uns
them	sie
my	mein
your	Ihr
his	sein
its	sein
our	unser
their	ihr
yours	Ihres
ours	unseres
yourself	selbst
yourselves	selbst
ourselves	uns selbst
themselves	sich selbst
everyone	alle
everybody	alle
everything	alles
someone	jemand
somebody	jemand
something	etwas
anyone	jeder
anybody	jeder
anything	etwas
nobody	niemand
no one	niemand
nothing	nichts
here	hier
there	dort
there is	es gibt
there are	es gibt
now	jetzt
then	dann
again	wieder
always	immer
never	nie
often	oft
sometimes	manchmal
usually	normalerweise
already	bereits
still	noch
yet	noch
soon	bald
just	nur
even	sogar
almost	fast
quite	ziemlich
rather	eher
together	zusammen
alone	allein
else	sonst
otherwise	sonst
however	jedoch
therefore	daher
also available	auch erhältlich
yes	ja
ok	okay
okay	okay
thanks	danke
thank you	danke
thank you very much	vielen Dank
many thanks	vielen Dank
please	bitte
sorry	Entschuldigung
we apologise	wir entschuldigen uns
we apologize	wir entschuldigen uns
we apologise for any inconvenience	wir bitten um Entschuldigung für die Unannehmlichkeiten
we apologize for any inconvenience	wir bitten um Entschuldigung für die Unannehmlichkeiten
sorry for the inconvenience	entschuldigen Sie die Unannehmlichkeiten
excuse me	Entschuldigung
welcome	willkommen
welcome to	willkommen in
hello	hallo
goodbye	auf Wiedersehen
good morning	guten Morgen
good afternoon	guten Tag
good evening	guten Abend
good night	gute Nacht
see you soon	bis bald
have a nice day	schönen Tag noch
enjoy your meal	guten Appetit
enjoy your stay	genießen Sie Ihren Aufenthalt
enjoy your visit	genießen Sie Ihren Besuch
happy birthday	alles Gute zum Geburtstag
merry christmas	frohe Weihnachten
happy new year	frohes neues Jahr
happy easter	frohe Ostern
is	ist
are	sind
was	war
were	waren
be	sein
been	gewesen
being	seiend
has	hat
have	haben
had	hatte
do	tun
does	tut
did	tat
will	wird
will be	wird
would	würde
can	können
could	könnte
may	darf
might	könnte
must	müssen
should	sollte
shall	soll
need to	müssen
have to	müssen
has to	muss
is not	ist nicht
are not	sind nicht
isn't	ist nicht
aren't	sind nicht
don't	nicht
do not	nicht
does not	nicht
doesn't	nicht
did not	nicht
cannot	kann nicht
can't	kann nicht
can not	kann nicht
must not	darf nicht
mustn't	darf nicht
should not	sollte nicht
will not	nicht
won't	nicht
may not	darf nicht
it is	es ist
it's	es ist
we are	wir sind
we're	wir sind
you are	Sie sind
you're	Sie sind
we will	wir werden
we'll	wir werden
let's	lass uns
zero	null
one	eins
two	zwei
three	drei
four	vier
five	fünf
six	sechs
seven	sieben
eight	acht
nine	neun
ten	zehn
eleven	elf
twelve	zwölf
thirteen	dreizehn
fourteen	vierzehn
fifteen	fünfzehn
sixteen	sechzehn
seventeen	siebzehn
eighteen	achtzehn
nineteen	neunzehn
twenty	zwanzig
thirty	dreißig
forty	vierzig
fifty	fünfzig
sixty	sechzig
seventy	siebzig
eighty	achtzig
ninety	neunzig
hundred	hundert
a hundred	hundert
one hundred	hundert
thousand	tausend
a thousand	tausend
million	Million
half	halb
a half	halb
quarter	Viertel
a quarter	ein Viertel
double	doppelt
single	einzeln
first	erste
second	zweite
third	dritte
fourth	vierte
fifth	fünfte
sixth	sechste
seventh	siebte
eighth	achte
ninth	neunte
tenth	zehnte
last	letzte
next	nächste
previous	vorherige
number	Nummer
numbers	Nummern
once	einmal
twice	zweimal
times	Mal
time	Zeit
times of	Zeiten
monday	Montag
tuesday	Dienstag
wednesday	Mittwoch
thursday	Donnerstag
friday	Freitag
saturday	Samstag
sunday	Sonntag
mon	Mo
tue	Di
tues	Di
wed	Mi
thu	Do
thur	Do
thurs	Do
fri	Fr
sat	Sa
sun	So
mondays	montags
tuesdays	dienstags
wednesdays	mittwochs
thursdays	donnerstags
fridays	freitags
saturdays	samstags
sundays	sonntags
on mondays	montags
on tuesdays	dienstags
on wednesdays	mittwochs
on thursdays	donnerstags
on fridays	freitags
on saturdays	samstags
on sundays	sonntags
on monday	am Montag
on tuesday	am Dienstag
on wednesday	am Mittwoch
on thursday	am Donnerstag
on friday	am Freitag
on saturday	am Samstag
on sunday	am Sonntag
monday to friday	Montag bis Freitag
monday to saturday	Montag bis Samstag
monday to sunday	Montag bis Sonntag
monday to thursday	Montag bis Donnerstag
tuesday to sunday	Dienstag bis Sonntag
tuesday to saturday	Dienstag bis Samstag
from monday to friday	von Montag bis Freitag
from monday to saturday	von Montag bis Samstag
from tuesday to sunday	von Dienstag bis Sonntag
mon to fri	Mo bis Fr
mon to sat	Mo bis Sa
weekdays	werktags
on weekdays	werktags
working days	Werktage
weekend	Wochenende
weekends	Wochenenden
at weekends	am Wochenende
on weekends	am Wochenende
saturday and sunday	Samstag und Sonntag
sundays and public holidays	Sonn- und Feiertage
sundays and holidays	Sonn- und Feiertage
public holiday	Feiertag
public holidays	Feiertage
bank holiday	Feiertag
bank holidays	Feiertage
holiday	Urlaub
holidays	Ferien
school holidays	Schulferien
day	Tag
days	Tage
week	Woche
weeks	Wochen
month	Monat
months	Monate
year	Jahr
years	Jahre
hour	Stunde
hours	Stunden
hr	Std.
hrs	Std.
minute	Minute
minutes	Minuten
min	Min.
mins	Min.
seconds	Sekunden
moment	Moment
morning	Morgen
mornings	vormittags
afternoon	Nachmittag
afternoons	nachmittags
evening	Abend
evenings	abends
night	Nacht
nights	Nächte
midnight	Mitternacht
noon	Mittag
midday	Mittag
lunchtime	Mittagszeit
lunch break	Mittagspause
in the morning	am Morgen
in the afternoon	am Nachmittag
in the evening	am Abend
at night	nachts
today	heute
tonight	heute Abend
tomorrow	morgen
yesterday	gestern
day after tomorrow	übermorgen
daily	täglich
open daily	täglich geöffnet
every day	jeden Tag
everyday	jeden Tag
weekly	wöchentlich
every week	jede Woche
monthly	monatlich
yearly	jährlich
annual	jährlich
hourly	stündlich
every hour	jede Stunde
every 10 minutes	alle 10 Minuten
every 15 minutes	alle 15 Minuten
every 30 minutes	alle 30 Minuten
all day	den ganzen Tag
all night	die ganze Nacht
all year	das ganze Jahr
all year round	ganzjährig
24 hours	24 Stunden
24 hours a day	rund um die Uhr
open 24 hours	24 Stunden geöffnet
around the clock	rund um die Uhr
at any time	jederzeit
at all times	jederzeit
anytime	jederzeit
from time to time	von Zeit zu Zeit
on time	pünktlich
in time	rechtzeitig
early	früh
late	spät
later	später
earlier	früher
recently	kürzlich
shortly	in Kürze
coming soon	demnächst
opening soon	Eröffnung in Kürze
now open	jetzt geöffnet
reopening	Wiedereröffnung
grand opening	große Eröffnung
season	Saison
seasons	Jahreszeiten
spring	Frühling
summer	Sommer
autumn	Herbst
fall	Herbst
winter	Winter
summer hours	Sommeröffnungszeiten
winter hours	Winteröffnungszeiten
high season	Hochsaison
low season	Nebensaison
january	Januar
february	Februar
march	März
april	April
june	Juni
july	Juli
august	August
september	September
october	Oktober
november	November
december	Dezember
jan	Jan
feb	Feb
mar	März
apr	Apr
jun	Juni
jul	Juli
aug	Aug
sep	Sep
sept	Sep
oct	Okt
nov	Nov
dec	Dez
christmas	Weihnachten
christmas eve	Heiligabend
christmas day	erster Weihnachtstag
new year	Neujahr
new year's day	Neujahrstag
new year's eve	Silvester
easter	Ostern
easter monday	Ostermontag
good friday	Karfreitag
date	Datum
dates	Termine
date of issue	Ausstellungsdatum
expiry date	Ablaufdatum
best before	mindestens haltbar bis
use by	zu verbrauchen bis
valid until	gültig bis
valid from	gültig ab
valid for	gültig für
from today	ab heute
until further notice	bis auf Weiteres
temporarily	vorübergehend
temporarily closed	vorübergehend geschlossen
permanently closed	dauerhaft geschlossen
closed today	heute geschlossen
open today	heute geöffnet
closed for holidays	Betriebsferien
closed for the holidays	wegen Urlaub geschlossen
closed for lunch	Mittagspause
closed on sundays	sonntags geschlossen
closed on mondays	montags geschlossen
closed on public holidays	an Feiertagen geschlossen
open on sundays	sonntags geöffnet
back in 5 minutes	bin in 5 Minuten zurück
back in 10 minutes	bin in 10 Minuten zurück
back soon	bin gleich zurück
be right back	bin gleich zurück
opening hours	Öffnungszeiten
opening times	Öffnungszeiten
business hours	Geschäftszeiten
office hours	Bürozeiten
visiting hours	Besuchszeiten
visiting times	Besuchszeiten
consultation hours	Sprechzeiten
timetable	Fahrplan
timetables	Fahrpläne
schedule	Zeitplan
opening	Öffnung
closing	Schließung
closing time	Schließzeit
closing day	Ruhetag
closing days	Ruhetage
day off	Ruhetag
rest day	Ruhetag
last admission	letzter Einlass
last entry	letzter Einlass
last orders	letzte Bestellung
before closing	vor Schließung
before closing time	vor Ladenschluss
am	Uhr
pm	Uhr
o'clock	Uhr
half past	halb
quarter past	Viertel nach
quarter to	Viertel vor
open from	geöffnet von
open until	geöffnet bis
closed from	geschlossen ab
closed until	geschlossen bis
duration	Dauer
delay	Verspätung
delays	Verspätungen
delayed	verspätet
waiting time	Wartezeit
approx	ca.
approximately	etwa
maximum	maximal
max	max.
minimum	mindestens
at least	mindestens
at most	höchstens
more than	mehr als
less than	weniger als
per day	pro Tag
per hour	pro Stunde
per person	pro Person
per night	pro Nacht
per week	pro Woche
per month	pro Monat
a day	am Tag
an hour	pro Stunde
a week	pro Woche
left	links
right	rechts
on the left	links
on the right	rechts
to the left	nach links
to the right	nach rechts
turn left	links abbiegen
turn right	rechts abbiegen
keep left	links halten
keep right	rechts halten
stand on the right	rechts stehen
walk on the left	links gehen
straight on	geradeaus
straight ahead	geradeaus
go straight	geradeaus gehen
ahead	voraus
forward	vorwärts
back	zurück
backwards	rückwärts
up	hoch
down	runter
upstairs	oben
downstairs	unten
this way	hier entlang
that way	dort entlang
this way up	oben
way	Weg
way in	Eingang
way out	Ausgang
way out only	nur Ausgang
no way out	kein Ausgang
direction	Richtung
directions	Wegbeschreibung
in the direction of	in Richtung
follow	folgen
follow the signs	folgen Sie der Beschilderung
follow signs	der Beschilderung folgen
follow signs for	der Beschilderung folgen nach
follow the arrows	folgen Sie den Pfeilen
follow the green line	folgen Sie der grünen Linie
arrow	Pfeil
arrows	Pfeile
north	Norden
south	Süden
east	Osten
west	Westen
northern	nördlich
southern	südlich
eastern	östlich
western	westlich
centre	Zentrum
center	Zentrum
city centre	Stadtzentrum
city center	Stadtzentrum
town centre	Stadtzentrum
town center	Stadtzentrum
old town	Altstadt
historic centre	historisches Zentrum
all directions	alle Richtungen
other directions	andere Richtungen
entrance	Eingang
entrances	Eingänge
main entrance	Haupteingang
side entrance	Seiteneingang
rear entrance	Hintereingang
back entrance	Hintereingang
front entrance	Vordereingang
staff entrance	Personaleingang
visitor entrance	Besuchereingang
no entrance	kein Eingang
entry	Eintritt
exit	Ausgang
exits	Ausgänge
no exit	kein Ausgang
exit only	nur Ausfahrt
entrance only	nur Eingang
entry only	nur Einfahrt
out	Ausgang
emergency exit	Notausgang
emergency exits	Notausgänge
fire exit	Notausgang
fire exits	Notausgänge
escape route	Fluchtweg
escape routes	Fluchtwege
floor	Etage
floors	Etagen
ground floor	Erdgeschoss
first floor	erster Stock
second floor	zweiter Stock
third floor	dritter Stock
fourth floor	vierter Stock
fifth floor	fünfter Stock
top floor	oberstes Stockwerk
upper floor	Obergeschoss
upper floors	Obergeschosse
lower floor	Untergeschoss
basement	Untergeschoss
mezzanine	Zwischengeschoss
level	Ebene
levels	Ebenen
storey	Stockwerk
on the first floor	im ersten Stock
on the second floor	im zweiten Stock
on the ground floor	im Erdgeschoss
in the basement	im Untergeschoss
stairs	Treppe
staircase	Treppenhaus
stairway	Treppe
steps	Stufen
step	Stufe
mind the step	Vorsicht Stufe
mind the steps	Vorsicht Stufen
watch your step	Vorsicht Stufe
use the stairs	Treppe benutzen
escalator	Rolltreppe
escalators	Rolltreppen
lift	Aufzug
lifts	Aufzüge
elevator	Aufzug
elevators	Aufzüge
ramp	Rampe
corridor	Flur
hallway	Flur
hall	Halle
room	Raum
rooms	Räume
door	Tür
doors	Türen
gate	Tor
gates	Tore
window	Fenster
windows	Fenster
wall	Wand
roof	Dach
building	Gebäude
buildings	Gebäude
block	Block
wing	Flügel
north wing	Nordflügel
south wing	Südflügel
east wing	Ostflügel
west wing	Westflügel
courtyard	Innenhof
yard	Hof
garden	Garten
gardens	Gärten
terrace	Terrasse
balcony	Balkon
roof terrace	Dachterrasse
lobby	Lobby
foyer	Foyer
reception	Rezeption
front desk	Empfang
information	Information
information desk	Informationsschalter
information point	Infopunkt
tourist information	Touristeninformation
tourist office	Touristeninformation
help desk	Hilfe-Schalter
meeting point	Treffpunkt
assembly point	Sammelplatz
waiting room	Wartezimmer
waiting area	Wartebereich
toilet	Toilette
toilets	Toiletten
restroom	Toilette
restrooms	Toiletten
bathroom	Badezimmer
washroom	Waschraum
lavatory	Toilette
wc	WC
ladies	Damen
gents	Herren
gentlemen	Herren
men	Herren
women	Damen
men's toilets	Herrentoiletten
women's toilets	Damentoiletten
ladies toilets	Damentoiletten
accessible toilet	barrierefreie Toilette
disabled toilet	Behindertentoilette
baby changing	Wickelraum
baby changing room	Wickelraum
changing room	Umkleide
changing rooms	Umkleiden
fitting room	Umkleidekabine
fitting rooms	Umkleidekabinen
cloakroom	Garderobe
locker	Schließfach
lockers	Schließfächer
left luggage	Gepäckaufbewahrung
luggage storage	Gepäckaufbewahrung
lost property	Fundbüro
lost and found	Fundbüro
lost property office	Fundbüro
office	Büro
offices	Büros
kitchen	Küche
storeroom	Lagerraum
store room	Lagerraum
storage	Lager
warehouse	Lager
boiler room	Heizungsraum
plant room	Technikraum
machine room	Maschinenraum
server room	Serverraum
meeting room	Besprechungsraum
conference room	Konferenzraum
classroom	Klassenzimmer
lecture hall	Hörsaal
staff room	Personalraum
first aid room	Sanitätsraum
prayer room	Gebetsraum
smoking area	Raucherbereich
smoking room	Raucherraum
non-smoking area	Nichtraucherbereich
play area	Spielbereich
playground	Spielplatz
picnic area	Picknickplatz
rest area	Rastplatz
service area	Raststätte
area	Bereich
areas	Bereiche
zone	Zone
section	Abschnitt
sector	Sektor
side	Seite
front	Vorderseite
rear	Rückseite
at the rear	hinten
at the back	hinten
at the front	vorne
at the end	am Ende
at the end of the corridor	am Ende des Flurs
end	Ende
beginning	Anfang
start	Start
finish	Ziel
middle	Mitte
corner	Ecke
around the corner	um die Ecke
top	oben
bottom	unten
pull	ziehen
push	drücken
push to open	zum Öffnen drücken
pull to open	zum Öffnen ziehen
press	drücken
press button	Knopf drücken
press the button	drücken Sie den Knopf
press to open	zum Öffnen drücken
press button to open	zum Öffnen Knopf drücken
press button for assistance	für Hilfe Knopf drücken
ring the bell	bitte klingeln
please ring	bitte klingeln
please ring the bell	bitte klingeln
please knock	bitte klopfen
knock	klopfen
doorbell	Klingel
bell	Klingel
automatic door	automatische Tür
automatic doors	automatische Türen
sliding door	Schiebetür
revolving door	Drehtür
door opens automatically	Tür öffnet automatisch
keep door closed	Tür geschlossen halten
keep this door closed	diese Tür geschlossen halten
keep door shut	Tür geschlossen halten
keep door locked	Tür verschlossen halten
please close the door	bitte Tür schließen
please close the gate	bitte Tor schließen
please shut the gate	bitte Tor schließen
keep gate closed	Tor geschlossen halten
do not block	nicht blockieren
do not block the door	Tür nicht blockieren
do not obstruct	nicht versperren
keep clear	freihalten
keep exit clear	Ausgang freihalten
keep clear at all times	jederzeit freihalten
fire door	Brandschutztür
fire door keep shut	Brandschutztür geschlossen halten
fire door keep closed	Brandschutztür geschlossen halten
no smoking	Rauchen verboten
no smoking area	Nichtraucherbereich
smoking prohibited	Rauchen verboten
smoking is prohibited	Rauchen ist verboten
smoking is not permitted	Rauchen ist nicht gestattet
smoking is not allowed	Rauchen ist nicht erlaubt
smoking	Rauchen
non-smoking	Nichtraucher
smokers	Raucher
smoke free	rauchfrei
no vaping	Dampfen verboten
no e-cigarettes	keine E-Zigaretten
no entry	kein Zutritt
no access	kein Zugang
no admittance	kein Zutritt
no admission	kein Eintritt
no entry for unauthorised persons	Zutritt für Unbefugte verboten
no unauthorised access	kein unbefugter Zutritt
no unauthorized access	kein unbefugter Zutritt
authorised personnel only	nur für befugtes Personal
authorized personnel only	nur für befugtes Personal
staff only	nur für Personal
employees only	nur für Mitarbeiter
members only	nur für Mitglieder
residents only	nur für Anwohner
guests only	nur für Gäste
customers only	nur für Kunden
patrons only	nur für Gäste
for customers only	nur für Kunden
for guests only	nur für Gäste
for staff only	nur für Personal
private	privat
private property	Privatgrundstück
private road	Privatstraße
private parking	Privatparkplatz
private area	Privatbereich
no trespassing	Betreten verboten
trespassers will be prosecuted	Zuwiderhandlungen werden strafrechtlich verfolgt
violators will be prosecuted	Zuwiderhandlungen werden verfolgt
offenders will be prosecuted	Zuwiderhandlungen werden verfolgt
keep out	Zutritt verboten
do not enter	nicht betreten
no parking	Parken verboten
no parking at any time	Parken jederzeit verboten
no parking in front of the gate	Parken vor der Einfahrt verboten
no stopping	Halteverbot
no waiting	Halteverbot
no u-turn	Wenden verboten
no overtaking	Überholverbot
no left turn	Linksabbiegen verboten
no right turn	Rechtsabbiegen verboten
no through road	Sackgasse
no thoroughfare	Durchgang verboten
no through traffic	Durchfahrt verboten
no vehicles	keine Fahrzeuge
no cars	keine Autos
no motor vehicles	keine Kraftfahrzeuge
no cycling	Radfahren verboten
no bicycles	keine Fahrräder
no bikes	keine Fahrräder
no skateboarding	Skateboardfahren verboten
no skating	Skaten verboten
no scooters	keine Roller
no dogs	Hunde verboten
no dogs allowed	Hunde nicht erlaubt
no pets	keine Haustiere
no pets allowed	Haustiere nicht erlaubt
no animals	keine Tiere
dogs allowed	Hunde erlaubt
pets allowed	Haustiere erlaubt
dogs welcome	Hunde willkommen
guide dogs only	nur Blindenhunde
except guide dogs	außer Blindenhunde
dogs must be kept on a lead	Hunde sind an der Leine zu führen
dogs must be kept on a leash	Hunde sind an der Leine zu führen
keep dogs on a lead	Hunde an der Leine führen
keep your dog on a lead	Hund an der Leine führen
please clean up after your dog	bitte entfernen Sie den Kot Ihres Hundes
no dog fouling	keine Hundehaufen
dog fouling	Hundekot
no fishing	Angeln verboten
no swimming	Baden verboten
no bathing	Baden verboten
no diving	Springen verboten
no jumping	Springen verboten
no running	nicht rennen
no climbing	Klettern verboten
no ball games	Ballspielen verboten
no playing	Spielen verboten
no camping	Zelten verboten
no fires	Feuer verboten
no open fires	offenes Feuer verboten
no barbecues	Grillen verboten
no litter	keinen Abfall wegwerfen
no littering	Abfall wegwerfen verboten
no dumping	Müll abladen verboten
no fly tipping	illegale Müllentsorgung verboten
no food	kein Essen
no food or drink	Essen und Trinken verboten
no food or drinks	Essen und Trinken verboten
no food and drink	Essen und Trinken verboten
no eating	Essen verboten
no drinking	Trinken verboten
no alcohol	kein Alkohol
no glass	kein Glas
no glass bottles	keine Glasflaschen
no outside food	keine mitgebrachten Speisen
no photography	Fotografieren verboten
no photographs	Fotografieren verboten
no photos	Fotografieren verboten
no flash	kein Blitz
no flash photography	Fotografieren mit Blitz verboten
no filming	Filmen verboten
no video	keine Videoaufnahmen
no mobile phones	keine Handys
no phones	keine Telefone
no touching	nicht berühren
do not touch	nicht berühren
please do not touch	bitte nicht berühren
please do not touch the exhibits	bitte die Exponate nicht berühren
do not touch the exhibits	Exponate nicht berühren
no noise	kein Lärm
no loud music	keine laute Musik
quiet please	bitte Ruhe
silence please	bitte Ruhe
please be quiet	bitte leise sein
please keep quiet	bitte Ruhe bewahren
silence	Ruhe
quiet	Ruhe
quiet zone	Ruhezone
quiet area	Ruhebereich
quiet carriage	Ruhewagen
no hawkers	kein Hausieren
no street vending	kein Straßenverkauf
no begging	Betteln verboten
no advertising	keine Werbung
no junk mail	keine Werbung
no flyers	keine Flyer
no bill posting	Plakatieren verboten
stick no bills	Plakatieren verboten
no graffiti	keine Graffiti
no weapons	keine Waffen
no firearms	keine Schusswaffen
no drugs	keine Drogen
no shoes	keine Schuhe
no shirt no shoes no service	ohne Hemd und Schuhe keine Bedienung
no children	keine Kinder
no under 18s	kein Zutritt unter 18 Jahren
no under 16s	kein Zutritt unter 16 Jahren
adults only	nur für Erwachsene
over 18s only	nur ab 18 Jahren
strictly prohibited	streng verboten
strictly forbidden	streng verboten
it is forbidden to	es ist verboten
it is prohibited to	es ist verboten
is prohibited	ist verboten
is forbidden	ist verboten
is not allowed	ist nicht erlaubt
is not permitted	ist nicht gestattet
are not allowed	sind nicht erlaubt
are not permitted	sind nicht gestattet
are prohibited	sind verboten
are welcome	sind willkommen
not allowed	nicht erlaubt
not permitted	nicht gestattet
is allowed	ist erlaubt
is permitted	ist gestattet
permitted	erlaubt
allowed	erlaubt
prohibited	verboten
forbidden	verboten
banned	verboten
not allowed to	nicht erlaubt
prohibition	Verbot
ban	Verbot
obligatory	Pflicht
mandatory	Pflicht
compulsory	Pflicht
required	erforderlich
must be worn	muss getragen werden
must be	muss
must be kept	müssen gehalten werden
must be accompanied	müssen begleitet werden
must be accompanied by an adult	müssen von einem Erwachsenen begleitet werden
children must be accompanied by an adult	Kinder müssen von einem Erwachsenen begleitet werden
under 16s must be accompanied by an adult	Personen unter 16 Jahren müssen von einem Erwachsenen begleitet werden
children under	Kinder unter
children under 12	Kinder unter 12 Jahren
unaccompanied children	unbegleitete Kinder
parents are responsible for their children	Eltern haften für ihre Kinder
parents are responsible	Eltern haften
use at your own risk	Benutzung auf eigene Gefahr
at your own risk	auf eigene Gefahr
enter at your own risk	Betreten auf eigene Gefahr
swim at your own risk	Baden auf eigene Gefahr
park at your own risk	Parken auf eigene Gefahr
we are not responsible	wir übernehmen keine Haftung
not responsible for lost or stolen items	keine Haftung für verlorene oder gestohlene Gegenstände
the management is not responsible	die Geschäftsleitung übernimmt keine Haftung
keep off the grass	Rasen nicht betreten
please keep off the grass	bitte den Rasen nicht betreten
keep off	nicht betreten
do not walk on the grass	Rasen nicht betreten
do not feed the animals	Tiere nicht füttern
please do not feed the animals	bitte die Tiere nicht füttern
do not feed the birds	Vögel nicht füttern
do not feed the ducks	Enten nicht füttern
do not feed	nicht füttern
do not disturb	bitte nicht stören
please do not disturb	bitte nicht stören
do not lean	nicht anlehnen
do not lean on the doors	nicht an die Türen lehnen
do not lean out of the window	nicht hinauslehnen
do not sit	nicht sitzen
do not stand	nicht stehen bleiben
do not climb	nicht klettern
do not cross	nicht überqueren
do not cross the tracks	Gleise nicht überqueren
do not run	nicht rennen
do not smoke	nicht rauchen
do not park	nicht parken
do not park here	hier nicht parken
do not leave	nicht lassen
do not leave bags unattended	Gepäck nicht unbeaufsichtigt lassen
do not leave your luggage unattended	lassen Sie Ihr Gepäck nicht unbeaufsichtigt
do not leave valuables in your car	keine Wertsachen im Auto lassen
do not leave valuables in your vehicle	lassen Sie keine Wertsachen im Fahrzeug
leave no valuables in your car	keine Wertsachen im Auto lassen
unattended bags will be removed	unbeaufsichtigtes Gepäck wird entfernt
unattended	unbeaufsichtigt
do not use	nicht benutzen
do not use in case of fire	im Brandfall nicht benutzen
do not use the lift in case of fire	Aufzug im Brandfall nicht benutzen
in case of fire do not use the lift	im Brandfall Aufzug nicht benutzen
in case of fire	im Brandfall
in case of emergency	im Notfall
in an emergency	im Notfall
in the event of fire	im Brandfall
in the event of an emergency	im Notfall
do not throw	nicht werfen
do not throw rubbish	keinen Müll wegwerfen
do not flush	nicht in die Toilette werfen
please do not flush paper towels	bitte keine Papierhandtücher in die Toilette werfen
do not drink	nicht trinken
do not block the entrance	Eingang nicht blockieren
do not block the exit	Ausgang nicht blockieren
do not block the driveway	Einfahrt nicht blockieren
do not open	nicht öffnen
do not open the door	Tür nicht öffnen
do not open the window	Fenster nicht öffnen
do not remove	nicht entfernen
do not move	nicht bewegen
do not switch off	nicht ausschalten
do not operate	nicht betätigen
do not stack	nicht stapeln
do not step	nicht betreten
do not step on	nicht betreten
do not pick the flowers	keine Blumen pflücken
do not litter	keinen Abfall wegwerfen
do not disturb the wildlife	Tiere nicht stören
no exceptions	keine Ausnahmen
without exception	ausnahmslos
no exit for cars	keine Ausfahrt für Autos
entry prohibited	Zutritt verboten
access prohibited	Zugang verboten
access denied	Zugang verweigert
restricted area	Sperrgebiet
restricted access	eingeschränkter Zugang
controlled area	Kontrollbereich
reserved	reserviert
reserved for	reserviert für
reserved for disabled people	für Menschen mit Behinderung reserviert
reserved for disabled	für Behinderte reserviert
reserved for the elderly	für ältere Menschen reserviert
reserved for pregnant women	für Schwangere reserviert
priority seat	Vorrangsitz
priority seats	Vorrangsitze
priority seating	Vorrangsitze
please give up this seat	bitte diesen Platz freigeben
please give up your seat	bitte bieten Sie Ihren Platz an
if you are able	wenn Sie können
for people who need it	für Personen, die ihn benötigen
rules	Regeln
regulations	Vorschriften
rule	Regel
house rules	Hausordnung
park rules	Parkordnung
pool rules	Badeordnung
by order	auf Anordnung
by order of the management	auf Anordnung der Geschäftsleitung
by law	laut Gesetz
the management	die Geschäftsleitung
management	Geschäftsleitung
warning	Warnung
notice	Hinweis
important notice	wichtiger Hinweis
public notice	öffentliche Bekanntmachung
please note	bitte beachten
note	Hinweis
attention	Achtung
important	wichtig
please read	bitte lesen
read carefully	sorgfältig lesen
please read carefully	bitte sorgfältig lesen
thank you for your cooperation	vielen Dank für Ihre Mitarbeit
thank you for your understanding	vielen Dank für Ihr Verständnis
thank you for your patience	vielen Dank für Ihre Geduld
thank you for your visit	vielen Dank für Ihren Besuch
thank you for visiting	danke für Ihren Besuch
thank you for shopping with us	vielen Dank für Ihren Einkauf
thank you for not smoking	danke, dass Sie nicht rauchen
thank you for your help	vielen Dank für Ihre Hilfe
thank you for choosing	danke, dass Sie sich für
danger	Gefahr
dangerous	gefährlich
danger of death	Lebensgefahr
caution	Vorsicht
careful	Vorsicht
be careful	Vorsicht
take care	Vorsicht
beware	Achtung
beware of the dog	Vorsicht, bissiger Hund
beware of pickpockets	Vorsicht vor Taschendieben
mind	Vorsicht
mind your head	Vorsicht Kopf
mind the gap	Vorsicht Lücke
mind the gap between the train and the platform	Vorsicht beim Ein- und Aussteigen
mind your fingers	Vorsicht Finger
mind the doors	Vorsicht an den Türen
hazard	Gefahr
hazards	Gefahren
risk	Risiko
risk of	Gefahr von
risk of falling	Sturzgefahr
risk of fire	Brandgefahr
risk of electric shock	Stromschlaggefahr
fire risk	Brandgefahr
wet floor	nasser Boden
caution wet floor	Vorsicht, nasser Boden
slippery	rutschig
slippery floor	rutschiger Boden
slippery surface	rutschige Oberfläche
slippery when wet	bei Nässe rutschig
slippery road	Schleudergefahr
icy	vereist
ice	Eis
black ice	Glatteis
falling rocks	Steinschlag
falling objects	herabfallende Gegenstände
deep water	tiefes Wasser
strong currents	starke Strömung
high voltage	Hochspannung
danger high voltage	Gefahr Hochspannung
electricity	Strom
electrical	elektrisch
electric	elektrisch
electric shock	Stromschlag
live wires	stromführende Leitungen
flammable	entzündlich
highly flammable	leicht entzündlich
explosive	explosiv
toxic	giftig
poison	Gift
poisonous	giftig
corrosive	ätzend
hot	heiß
hot surface	heiße Oberfläche
hot water	heißes Wasser
cold water	kaltes Wasser
very hot	sehr heiß
sharp	scharf
fragile	zerbrechlich
handle with care	mit Vorsicht behandeln
heavy	schwer
heavy load	schwere Last
low ceiling	niedrige Decke
low bridge	niedrige Brücke
low clearance	geringe Durchfahrtshöhe
uneven surface	unebene Oberfläche
uneven ground	unebener Boden
steep	steil
steep slope	starkes Gefälle
steep drop	steiler Abhang
cliff	Klippe
cliff edge	Klippenrand
keep away from the edge	vom Rand fernhalten
keep away	fernhalten
keep away from	fernhalten von
keep back	zurückbleiben
stand back	zurücktreten
stand clear	zurücktreten
stand clear of the doors	von den Türen zurücktreten
stand behind the yellow line	hinter der gelben Linie bleiben
keep behind the yellow line	hinter der gelben Linie bleiben
keep children away	Kinder fernhalten
keep out of reach of children	für Kinder unzugänglich aufbewahren
fire	Feuer
fires	Brände
fire alarm	Feueralarm
fire alarm call point	Feuermelder
fire extinguisher	Feuerlöscher
fire extinguishers	Feuerlöscher
extinguisher	Feuerlöscher
fire hose	Feuerwehrschlauch
fire hydrant	Hydrant
fire blanket	Löschdecke
fire brigade	Feuerwehr
fire department	Feuerwehr
fire station	Feuerwache
firefighters	Feuerwehrleute
fire assembly point	Sammelplatz
fire escape	Feuertreppe
fire procedure	Verhalten im Brandfall
fire action	Verhalten im Brandfall
if you discover a fire	wenn Sie einen Brand entdecken
raise the alarm	Alarm auslösen
sound the alarm	Alarm auslösen
on hearing the alarm	beim Ertönen des Alarms
leave the building	verlassen Sie das Gebäude
leave the building immediately	verlassen Sie sofort das Gebäude
by the nearest exit	über den nächsten Ausgang
nearest exit	nächster Ausgang
do not stop to collect belongings	halten Sie nicht an, um Ihre Sachen zu holen
do not return	nicht zurückkehren
do not re-enter	nicht wieder betreten
do not re-enter the building	Gebäude nicht wieder betreten
until told it is safe	bis Entwarnung gegeben wird
alarm	Alarm
alarms	Alarme
alarm system	Alarmanlage
this door is alarmed	diese Tür ist alarmgesichert
door alarmed	Tür alarmgesichert
emergency	Notfall
emergencies	Notfälle
emergency only	nur im Notfall
for emergency use only	nur für den Notfall
emergency use only	nur für den Notfall
emergency stop	Not-Halt
emergency button	Notknopf
emergency brake	Notbremse
emergency call	Notruf
emergency number	Notrufnummer
emergency phone	Notruftelefon
emergency telephone	Notruftelefon
emergency services	Rettungsdienste
emergency lighting	Notbeleuchtung
emergency vehicles	Einsatzfahrzeuge
emergency vehicles only	nur Einsatzfahrzeuge
emergency access	Feuerwehrzufahrt
emergency department	Notaufnahme
accident and emergency	Notaufnahme
evacuation	Evakuierung
evacuation route	Fluchtweg
evacuate	evakuieren
evacuation plan	Fluchtplan
you are here	Sie sind hier
break glass	Glas einschlagen
break glass in case of emergency	im Notfall Glas einschlagen
break glass press here	Scheibe einschlagen, hier drücken
pull handle	Griff ziehen
pull down	nach unten ziehen
first aid	erste Hilfe
first aid kit	Verbandskasten
first aid box	Erste-Hilfe-Kasten
first aider	Ersthelfer
first aid station	Sanitätsstation
defibrillator	Defibrillator
aed	AED
eye wash	Augendusche
eye wash station	Augenspülstation
safety	Sicherheit
security	Sicherheit
safety first	Sicherheit geht vor
for your safety	zu Ihrer Sicherheit
for your own safety	zu Ihrer eigenen Sicherheit
for safety reasons	aus Sicherheitsgründen
for security reasons	aus Sicherheitsgründen
safety instructions	Sicherheitshinweise
safety information	Sicherheitsinformationen
safety equipment	Sicherheitsausrüstung
safety helmet	Schutzhelm
safety helmets must be worn	Schutzhelm tragen
hard hats must be worn	Schutzhelm tragen
hard hat area	Helmpflicht
safety glasses	Schutzbrille
safety goggles	Schutzbrille
eye protection	Augenschutz
ear protection	Gehörschutz
hearing protection	Gehörschutz
protective clothing	Schutzkleidung
safety shoes	Sicherheitsschuhe
safety footwear	Sicherheitsschuhe
gloves	Handschuhe
wear gloves	Handschuhe tragen
high visibility	Warnkleidung
high visibility vest	Warnweste
mask	Maske
masks	Masken
face mask	Mund-Nasen-Schutz
face masks	Masken
face covering	Gesichtsbedeckung
masks must be worn	Maskenpflicht
please wear a mask	bitte Maske tragen
wear a mask	Maske tragen
keep your distance	Abstand halten
keep a safe distance	Sicherheitsabstand halten
social distancing	Abstand halten
wash your hands	Hände waschen
please wash your hands	bitte Hände waschen
employees must wash hands	Mitarbeiter müssen sich die Hände waschen
hand sanitiser	Handdesinfektion
hand sanitizer	Handdesinfektion
sanitise your hands	Hände desinfizieren
disinfect	desinfizieren
hygiene	Hygiene
cctv	Videoüberwachung
cctv in operation	Videoüberwachung
video surveillance	Videoüberwachung
under video surveillance	videoüberwacht
this area is under video surveillance	dieser Bereich wird videoüberwacht
these premises are protected by cctv	diese Räumlichkeiten werden videoüberwacht
surveillance	Überwachung
camera	Kamera
cameras	Kameras
security cameras	Sicherheitskameras
security guard	Wachmann
security check	Sicherheitskontrolle
security control	Sicherheitskontrolle
bag check	Taschenkontrolle
bags may be searched	Taschen können kontrolliert werden
guard dogs	Wachhunde
guard dogs on patrol	Wachhunde im Einsatz
alarm protected	alarmgesichert
construction	Bauarbeiten
construction site	Baustelle
building site	Baustelle
under construction	im Bau
work in progress	Bauarbeiten im Gange
works in progress	Arbeiten im Gange
men at work	Bauarbeiten
roadworks	Straßenarbeiten
road works	Straßenarbeiten
road works ahead	Baustelle voraus
works	Arbeiten
maintenance	Wartung
under maintenance	in Wartung
maintenance work	Wartungsarbeiten
repair	Reparatur
repairs	Reparaturen
under repair	in Reparatur
renovation	Renovierung
closed for renovation	wegen Renovierung geschlossen
closed for refurbishment	wegen Umbau geschlossen
closed for repairs	wegen Reparatur geschlossen
closed for maintenance	wegen Wartung geschlossen
out of order	außer Betrieb
out of service	außer Betrieb
not in service	nicht in Betrieb
not in use	nicht in Gebrauch
in use	in Betrieb
in operation	in Betrieb
out of use	außer Gebrauch
broken	kaputt
damaged	beschädigt
faulty	defekt
temporarily out of order	vorübergehend außer Betrieb
wet paint	frisch gestrichen
fresh paint	frisch gestrichen
scaffolding	Gerüst
crane	Kran
excavation	Ausgrabung
hole	Loch
trench	Graben
debris	Schutt
dust	Staub
noise	Lärm
asbestos	Asbest
gas	Gas
gas leak	Gasleck
smell of gas	Gasgeruch
smoke	Rauch
smoke detector	Rauchmelder
carbon monoxide	Kohlenmonoxid
radiation	Strahlung
laser	Laser
biohazard	Biogefährdung
chemicals	Chemikalien
oxygen	Sauerstoff
no naked flames	kein offenes Feuer
naked flames	offenes Feuer
overhead	über Kopf
overhead cables	Freileitungen
overhead power lines	Hochspannungsleitungen
machinery	Maschinen
moving parts	bewegliche Teile
forklift trucks	Gabelstapler
vehicles reversing	rückwärtsfahrende Fahrzeuge
lifeguard	Rettungsschwimmer
lifeguard on duty	Badeaufsicht
no lifeguard on duty	keine Badeaufsicht
life jacket	Schwimmweste
life jackets	Schwimmwesten
lifebuoy	Rettungsring
life ring	Rettungsring
rescue	Rettung
help	Hilfe
help point	Hilfepunkt
help line	Hotline
helpline	Hotline
call	anrufen
call for help	Hilfe rufen
dial	wählen
dial 112	wählen Sie 112
call 112	rufen Sie 112 an
call 999	rufen Sie 999 an
call 911	rufen Sie 911 an
ambulance	Krankenwagen
police	Polizei
police station	Polizeiwache
police officer	Polizist
report	melden
report to	melden bei
please report to reception	bitte melden Sie sich am Empfang
all visitors must report to reception	alle Besucher müssen sich am Empfang melden
all visitors must sign in	alle Besucher müssen sich anmelden
visitors must sign in	Besucher müssen sich anmelden
report any suspicious behaviour	melden Sie verdächtiges Verhalten
suspicious	verdächtig
suspicious package	verdächtiges Paket
see it say it sorted	sehen, melden, erledigt
theft	Diebstahl
thieves	Diebe
pickpockets	Taschendiebe
pickpockets operate in this area	in diesem Bereich sind Taschendiebe unterwegs
watch your belongings	achten Sie auf Ihre Sachen
keep your belongings with you	behalten Sie Ihre Sachen bei sich
keep your belongings with you at all times	behalten Sie Ihre Sachen immer bei sich
belongings	Sachen
personal belongings	persönliche Gegenstände
valuables	Wertsachen
station	Bahnhof
stations	Bahnhöfe
train station	Bahnhof
railway station	Bahnhof
railway	Eisenbahn
railroad	Eisenbahn
central station	Hauptbahnhof
main station	Hauptbahnhof
bus station	Busbahnhof
coach station	Busbahnhof
metro station	U-Bahn-Station
underground station	U-Bahn-Station
subway station	U-Bahn-Station
tube station	U-Bahn-Station
train	Zug
trains	Züge
bus	Bus
buses	Busse
coach	Reisebus
coaches	Reisebusse
tram	Straßenbahn
trams	Straßenbahnen
metro	U-Bahn
underground	U-Bahn
subway	U-Bahn
tube	U-Bahn
taxi	Taxi
taxis	Taxis
taxi rank	Taxistand
taxi stand	Taxistand
ferry	Fähre
ferries	Fähren
boat	Boot
boats	Boote
ship	Schiff
port	Hafen
harbour	Hafen
harbor	Hafen
pier	Pier
quay	Kai
dock	Dock
marina	Jachthafen
plane	Flugzeug
airport	Flughafen
to the airport	zum Flughafen
airline	Fluggesellschaft
flight	Flug
flights	Flüge
terminal	Terminal
boarding	Boarding
boarding pass	Bordkarte
boarding gate	Flugsteig
check-in	Check-in
check-in desk	Check-in-Schalter
baggage	Gepäck
luggage	Gepäck
hand luggage	Handgepäck
carry-on	Handgepäck
baggage claim	Gepäckausgabe
baggage reclaim	Gepäckausgabe
baggage drop	Gepäckabgabe
bag drop	Gepäckabgabe
luggage trolley	Gepäckwagen
trolleys	Wagen
trolley	Wagen
passport	Reisepass
passports	Reisepässe
passport control	Passkontrolle
customs	Zoll
nothing to declare	nichts zu verzollen
goods to declare	anmeldepflichtige Waren
immigration	Einreise
arrivals	Ankunft
arrival	Ankunft
departures	Abfahrt
departure	Abfahrt
domestic flights	Inlandsflüge
international flights	internationale Flüge
connecting flights	Anschlussflüge
transfer	Transfer
transfers	Umstieg
connections	Anschlüsse
connection	Anschluss
platform	Gleis
platforms	Gleise
track	Gleis
tracks	Gleise
line	Linie
lines	Linien
route	Route
routes	Routen
stop	Haltestelle
stops	Haltestellen
bus stop	Bushaltestelle
bus stops	Bushaltestellen
tram stop	Straßenbahnhaltestelle
request stop	Bedarfshaltestelle
next stop	nächste Haltestelle
next station	nächster Halt
last stop	Endhaltestelle
terminus	Endstation
final destination	Endziel
destination	Ziel
destinations	Ziele
journey	Fahrt
trip	Reise
travel	reisen
travellers	Reisende
travelers	Reisende
passenger	Fahrgast
passengers	Fahrgäste
passengers only	nur für Fahrgäste
passengers must	Fahrgäste müssen
driver	Fahrer
drivers	Fahrer
do not talk to the driver	nicht mit dem Fahrer sprechen
do not distract the driver	Fahrer nicht ablenken
conductor	Schaffner
carriage	Wagen
carriages	Wagen
car	Auto
cars	Autos
seat	Sitzplatz
seats	Sitzplätze
seat reservation	Sitzplatzreservierung
reserved seat	reservierter Platz
first class	erste Klasse
second class	zweite Klasse
standard class	Standardklasse
business class	Businessklasse
economy class	Economyklasse
dining car	Speisewagen
sleeper	Schlafwagen
ticket	Fahrkarte
tickets	Fahrkarten
ticket office	Fahrkartenschalter
ticket machine	Fahrkartenautomat
ticket machines	Fahrkartenautomaten
ticket sales	Fahrkartenverkauf
ticket counter	Schalter
tickets here	Fahrkarten hier
single ticket	Einzelfahrschein
return ticket	Rückfahrkarte
one way	einfache Fahrt
round trip	Hin- und Rückfahrt
day ticket	Tageskarte
day pass	Tageskarte
season ticket	Zeitkarte
travel card	Fahrkarte
travelcard	Fahrkarte
pass	Ausweis
valid ticket	gültige Fahrkarte
valid tickets	gültige Fahrkarten
validate	entwerten
validate your ticket	Fahrkarte entwerten
validate your ticket before boarding	Fahrkarte vor dem Einsteigen entwerten
tickets must be validated	Fahrkarten müssen entwertet werden
ticket validation	Entwertung
ticket inspection	Fahrkartenkontrolle
ticket inspectors	Kontrolleure
fare	Fahrpreis
fares	Fahrpreise
fare evasion	Schwarzfahren
penalty fare	erhöhtes Beförderungsentgelt
exact fare	passender Betrag
exact fare only	nur passender Betrag
no change given	kein Wechselgeld
board	einsteigen
boarding here	Einstieg hier
get on	einsteigen
get off	aussteigen
alight	aussteigen
alight here	hier aussteigen
let passengers off first	erst aussteigen lassen
change	Umsteigen
change here for	hier umsteigen nach
change trains	umsteigen
cancelled	fällt aus
canceled	fällt aus
cancellation	Ausfall
diverted	umgeleitet
diversion	Umleitung
detour	Umleitung
follow diversion	Umleitung folgen
replacement bus	Ersatzbus
rail replacement bus	Schienenersatzverkehr
service	Verkehr
services	Dienstleistungen
service suspended	Betrieb eingestellt
no service	kein Betrieb
strike	Streik
night bus	Nachtbus
express	Express
shuttle	Shuttle
shuttle bus	Shuttlebus
free shuttle	kostenloser Shuttle
cable car	Seilbahn
funicular	Standseilbahn
chairlift	Sessellift
ski lift	Skilift
road	Straße
roads	Straßen
street	Straße
streets	Straßen
avenue	Allee
square	Platz
lane	Fahrspur
lanes	Fahrspuren
bus lane	Busspur
cycle lane	Radweg
bike lane	Radweg
cycle path	Radweg
footpath	Fußweg
path	Weg
pavement	Gehweg
sidewalk	Gehweg
pedestrian	Fußgänger
pedestrians	Fußgänger
pedestrian crossing	Fußgängerüberweg
pedestrian zone	Fußgängerzone
pedestrians only	nur Fußgänger
crossing	Übergang
level crossing	Bahnübergang
junction	Kreuzung
intersection	Kreuzung
crossroads	Kreuzung
roundabout	Kreisverkehr
bridge	Brücke
tunnel	Tunnel
motorway	Autobahn
highway	Autobahn
toll	Maut
toll road	Mautstraße
traffic	Verkehr
traffic lights	Ampel
traffic jam	Stau
one way street	Einbahnstraße
one way traffic	Einbahnverkehr
dead end	Sackgasse
give way	Vorfahrt gewähren
yield	Vorfahrt gewähren
priority	Vorfahrt
slow	langsam
slow down	langsam fahren
dead slow	Schritttempo
drive slowly	langsam fahren
drive carefully	vorsichtig fahren
speed	Geschwindigkeit
speed limit	Tempolimit
speed camera	Blitzer
maximum speed	Höchstgeschwindigkeit
mph	mph
accident	Unfall
accidents	Unfälle
breakdown	Panne
road closed	Straße gesperrt
street closed	Straße gesperrt
closed to traffic	für den Verkehr gesperrt
except for access	Anlieger frei
access only	nur Anlieger
except buses	außer Busse
except cyclists	Radfahrer frei
except taxis	außer Taxis
except deliveries	Lieferverkehr frei
loading	Laden
unloading	Entladen
loading bay	Ladezone
loading zone	Ladezone
loading and unloading	Be- und Entladen
loading and unloading only	nur Be- und Entladen
deliveries	Lieferungen
delivery	Lieferung
deliveries only	nur Lieferungen
goods entrance	Warenannahme
goods in	Wareneingang
parking	Parkplatz
car park	Parkplatz
car parks	Parkplätze
parking lot	Parkplatz
parking garage	Parkhaus
multi-storey car park	Parkhaus
underground car park	Tiefgarage
underground parking	Tiefgarage
free parking	kostenloses Parken
paid parking	gebührenpflichtiges Parken
pay and display	Parkschein lösen und auslegen
parking ticket	Parkschein
parking tickets	Parkscheine
parking meter	Parkuhr
parking permit	Parkausweis
permit holders only	nur mit Parkausweis
parking for customers only	Parken nur für Kunden
customer parking	Kundenparkplatz
visitor parking	Besucherparkplatz
disabled parking	Behindertenparkplatz
parking space	Parkplatz
parking spaces	Parkplätze
spaces	Plätze
space	Platz
full	besetzt
car park full	Parkplatz besetzt
vacant	frei
spaces available	Plätze frei
tow away zone	Abschleppzone
vehicles will be towed	Fahrzeuge werden abgeschleppt
towed away	abgeschleppt
clamping	Parkkralle
wheel clamping in operation	Parkkrallen im Einsatz
driveway	Einfahrt
keep driveway clear	Einfahrt freihalten
entrance and exit	Ein- und Ausfahrt
garage	Garage
petrol station	Tankstelle
gas station	Tankstelle
fuel	Kraftstoff
petrol	Benzin
diesel	Diesel
unleaded	bleifrei
electric vehicle charging	Ladestation für Elektrofahrzeuge
charging point	Ladepunkt
charging station	Ladestation
car wash	Autowäsche
car hire	Autovermietung
car rental	Autovermietung
bicycle	Fahrrad
bicycles	Fahrräder
bike	Fahrrad
bikes	Fahrräder
bike hire	Fahrradverleih
bike rental	Fahrradverleih
bicycle parking	Fahrradparkplatz
bike parking	Fahrradstellplatz
cyclists	Radfahrer
cyclists dismount	Radfahrer absteigen
please dismount	bitte absteigen
dismount	absteigen
motorcycle	Motorrad
motorcycles	Motorräder
motorbikes	Motorräder
scooter	Roller
vehicle	Fahrzeug
vehicles	Fahrzeuge
lorry	Lkw
lorries	Lkw
truck	Lkw
trucks	Lkw
van	Transporter
heavy vehicles	Schwerverkehr
caravan	Wohnwagen
motorhome	Wohnmobil
motorhomes	Wohnmobile
wheelchair	Rollstuhl
wheelchairs	Rollstühle
wheelchair access	rollstuhlgerechter Zugang
wheelchair accessible	rollstuhlgerecht
step-free access	stufenloser Zugang
accessible	barrierefrei
accessibility	Barrierefreiheit
accessible entrance	barrierefreier Eingang
disabled	Behinderte
disabled access	Behindertenzugang
disabled people	Menschen mit Behinderung
people with reduced mobility	Personen mit eingeschränkter Mobilität
reduced mobility	eingeschränkte Mobilität
pushchairs	Kinderwagen
pushchair	Kinderwagen
prams	Kinderwagen
strollers	Kinderwagen
buggies	Buggys
please fold pushchairs	bitte Kinderwagen zusammenklappen
open	geöffnet
closed	geschlossen
we are open	wir haben geöffnet
we are closed	wir haben geschlossen
we're open	wir haben geöffnet
we're closed	wir haben geschlossen
sorry we're closed	leider geschlossen
sorry we are closed	leider geschlossen
come in we're open	kommen Sie herein, wir haben geöffnet
come in	herein
please come in	bitte eintreten
shop	Geschäft
shops	Geschäfte
store	Geschäft
stores	Geschäfte
shopping	Einkaufen
shopping centre	Einkaufszentrum
shopping center	Einkaufszentrum
shopping mall	Einkaufszentrum
mall	Einkaufszentrum
department store	Kaufhaus
supermarket	Supermarkt
market	Markt
markets	Märkte
flea market	Flohmarkt
market day	Markttag
bakery	Bäckerei
butcher	Metzgerei
butcher's	Metzgerei
fishmonger	Fischhändler
greengrocer	Obst- und Gemüsehändler
grocery	Lebensmittelgeschäft
grocer	Lebensmittelhändler
pastry shop	Konditorei
cake shop	Konditorei
pharmacy	Apotheke
chemist	Apotheke
chemist's	Apotheke
drugstore	Drogerie
duty pharmacy	Notdienstapotheke
pharmacy on duty	Notdienstapotheke
bookshop	Buchhandlung
bookstore	Buchhandlung
newsagent	Zeitungsladen
newsstand	Zeitungskiosk
kiosk	Kiosk
tobacconist	Tabakladen
florist	Blumenladen
hairdresser	Friseur
barber	Barbier
jeweller	Juwelier
jewelry	Schmuck
optician	Optiker
shoe shop	Schuhgeschäft
clothes	Kleidung
clothing	Bekleidung
fashion	Mode
toys	Spielzeug
toy shop	Spielwarengeschäft
gift shop	Geschenkladen
souvenirs	Souvenirs
souvenir shop	Souvenirladen
hardware store	Baumarkt
electronics	Elektronik
laundry	Wäscherei
launderette	Waschsalon
laundromat	Waschsalon
dry cleaner	Reinigung
dry cleaning	chemische Reinigung
off licence	Spirituosengeschäft
wine shop	Weinhandlung
delicatessen	Feinkostgeschäft
organic	Bio
organic products	Bioprodukte
local products	regionale Produkte
homemade	hausgemacht
handmade	handgemacht
fresh	frisch
fresh bread	frisches Brot
sale	Ausverkauf
sales	Schlussverkauf
on sale	im Angebot
for sale	zu verkaufen
for rent	zu vermieten
to let	zu vermieten
for hire	zu vermieten
sold	verkauft
sold out	ausverkauft
closing down sale	Räumungsverkauf
clearance	Räumungsverkauf
clearance sale	Räumungsverkauf
everything must go	alles muss raus
offer	Angebot
offers	Angebote
special offer	Sonderangebot
special offers	Sonderangebote
discount	Rabatt
discounts	Rabatte
reduced	reduziert
reduction	Ermäßigung
off	Rabatt
up to 50% off	bis zu 50% Rabatt
half price	halber Preis
buy one get one free	kaufe eins, bekomme eins gratis
2 for 1	2 für 1
free	kostenlos
free of charge	kostenlos
for free	umsonst
free entry	Eintritt frei
free admission	freier Eintritt
admission free	Eintritt frei
free gift	Gratisgeschenk
new	neu
new arrivals	Neuheiten
new collection	neue Kollektion
best seller	Bestseller
price	Preis
prices	Preise
price list	Preisliste
price per kg	Preis pro kg
cost	Kosten
costs	Kosten
charge	Gebühr
charges	Gebühren
fee	Gebühr
fees	Gebühren
rate	Tarif
rates	Tarife
tariff	Tarif
total	Gesamt
subtotal	Zwischensumme
amount	Betrag
vat	MwSt.
including vat	inkl. MwSt.
excluding vat	zzgl. MwSt.
tax	Steuer
taxes	Steuern
tax free	steuerfrei
tax-free shopping	steuerfreies Einkaufen
duty free	zollfrei
included	inbegriffen
not included	nicht inbegriffen
service included	Bedienung inbegriffen
service not included	Bedienung nicht inbegriffen
service charge	Servicegebühr
tip	Trinkgeld
tips	Trinkgeld
tips welcome	Trinkgeld willkommen
pay	bezahlen
pay here	hier bezahlen
please pay here	bitte hier bezahlen
pay at the counter	an der Theke bezahlen
pay at the till	an der Kasse bezahlen
please pay at the till	bitte an der Kasse bezahlen
please pay before	bitte vorher bezahlen
pay before you eat	vor dem Essen bezahlen
payment	Zahlung
payments	Zahlungen
method of payment	Zahlungsart
payment methods	Zahlungsarten
pay by card	Kartenzahlung
card payment	Kartenzahlung
card payments	Kartenzahlungen
card only	nur Karte
cards only	nur Karten
cash	Bargeld
cash only	nur Barzahlung
no cash	kein Bargeld
cashless	bargeldlos
cash desk	Kasse
cash machine	Geldautomat
cashpoint	Geldautomat
atm	Geldautomat
tills	Kassen
checkout	Kasse
checkouts	Kassen
self checkout	Selbstbedienungskasse
self-service checkout	Selbstbedienungskasse
cashier	Kassierer
counter	Schalter
credit card	Kreditkarte
credit cards	Kreditkarten
debit card	Debitkarte
credit cards accepted	Kreditkarten werden akzeptiert
we accept	wir akzeptieren
we do not accept	wir akzeptieren keine
accepted	akzeptiert
not accepted	nicht akzeptiert
contactless	kontaktlos
contactless payment	kontaktloses Bezahlen
minimum spend	Mindestumsatz
minimum card payment	Mindestbetrag für Kartenzahlung
coins	Münzen
coin	Münze
coins only	nur Münzen
notes	Scheine
banknotes	Banknoten
change machine	Wechselautomat
exact change	passendes Kleingeld
exact change only	nur passendes Geld
money	Geld
currency exchange	Geldwechsel
bureau de change	Wechselstube
exchange	Wechsel
exchange rate	Wechselkurs
euro	Euro
euros	Euro
pound	Pfund
pounds	Pfund
dollar	Dollar
dollars	Dollar
cent	Cent
cents	Cent
receipt	Quittung
receipts	Quittungen
please keep your receipt	bitte bewahren Sie Ihren Beleg auf
keep your receipt	Beleg aufbewahren
invoice	Rechnung
bill	Rechnung
the bill	die Rechnung
refund	Erstattung
refunds	Erstattungen
no refunds	kein Umtausch
returns	Rückgabe
no returns	kein Umtausch
exchanges	Umtausch
no exchanges	kein Umtausch
no refunds or exchanges	kein Umtausch und keine Rückerstattung
guarantee	Garantie
warranty	Garantie
satisfaction guaranteed	Zufriedenheit garantiert
customer	Kunde
customers	Kunden
customer service	Kundendienst
customer services	Kundenservice
dear customers	liebe Kunden
dear guests	liebe Gäste
dear visitors	liebe Besucher
dear passengers	liebe Fahrgäste
client	Kunde
clients	Kunden
shoplifters will be prosecuted	Ladendiebstahl wird angezeigt
shoplifting	Ladendiebstahl
self service	Selbstbedienung
please help yourself	bitte bedienen Sie sich
help yourself	bedienen Sie sich
please wait to be served	bitte warten Sie, bis Sie bedient werden
please queue here	bitte hier anstellen
queue here	hier anstellen
queue	Warteschlange
please wait here	bitte hier warten
wait here	hier warten
please wait	bitte warten
please wait behind the line	bitte hinter der Linie warten
wait behind the line	hinter der Linie warten
take a number	Nummer ziehen
take a ticket	Ticket ziehen
please take a ticket	bitte ein Ticket ziehen
please take a number	bitte eine Nummer ziehen
wait for your number	warten Sie auf Ihre Nummer
wait for your number to be called	warten Sie, bis Ihre Nummer aufgerufen wird
next please	der Nächste, bitte
one at a time	einzeln eintreten
one customer at a time	jeweils nur ein Kunde
maximum 2 customers at a time	maximal 2 Kunden gleichzeitig
basket	Korb
baskets	Körbe
shopping basket	Einkaufskorb
shopping trolley	Einkaufswagen
bag	Tasche
bags	Taschen
plastic bag	Plastiktüte
plastic bags	Plastiktüten
paper bag	Papiertüte
bags for sale	Tüten zu verkaufen
please leave your bags here	bitte Taschen hier abgeben
item	Artikel
items	Artikel
product	Produkt
products	Produkte
goods	Waren
stock	Bestand
in stock	vorrätig
out of stock	nicht vorrätig
available	verfügbar
not available	nicht verfügbar
unavailable	nicht verfügbar
limited	begrenzt
limited edition	limitierte Auflage
limit	Limit
quantity	Menge
maximum quantity	Höchstmenge
per customer	pro Kunde
size	Größe
sizes	Größen
small	klein
medium	mittel
large	groß
extra large	extragroß
weight	Gewicht
kg	kg
litre	Liter
litres	Liter
gift	Geschenk
gifts	Geschenke
gift card	Geschenkkarte
gift voucher	Geschenkgutschein
voucher	Gutschein
vouchers	Gutscheine
coupon	Gutschein
loyalty card	Kundenkarte
membership	Mitgliedschaft
member	Mitglied
members	Mitglieder
opening hours vary	Öffnungszeiten können abweichen
order	Bestellung
orders	Bestellungen
order here	hier bestellen
collect here	hier abholen
collection point	Abholstation
click and collect	Click & Collect
pick up	Abholung
pickup	Abholung
home delivery	Lieferung nach Hause
free delivery	kostenlose Lieferung
takeaway	zum Mitnehmen
take away	zum Mitnehmen
to go	zum Mitnehmen
eat in	zum Hieressen
eat in or take away	zum Hieressen oder Mitnehmen
bank	Bank
banks	Banken
branch	Filiale
post office	Postamt
post	Post
mail	Post
letters	Briefe
letter	Brief
parcel	Paket
parcels	Pakete
package	Paket
packages	Pakete
stamps	Briefmarken
stamp	Briefmarke
postbox	Briefkasten
letterbox	Briefkasten
mailbox	Briefkasten
last collection	letzte Leerung
next collection	nächste Leerung
collection times	Leerungszeiten
hospital	Krankenhaus
hospitals	Krankenhäuser
clinic	Klinik
health centre	Gesundheitszentrum
health center	Gesundheitszentrum
medical centre	Ärztezentrum
doctor	Arzt
doctors	Ärzte
dentist	Zahnarzt
nurse	Krankenschwester
patient	Patient
patients	Patienten
patients only	nur für Patienten
ward	Station
outpatients	Ambulanz
appointment	Termin
appointments	Termine
by appointment only	nur nach Vereinbarung
by appointment	nach Vereinbarung
no appointment necessary	ohne Termin
walk-in	ohne Termin
medicine	Medizin
medicines	Medikamente
prescription	Rezept
prescriptions	Rezepte
blood	Blut
x-ray	Röntgen
radiology	Radiologie
maternity	Entbindungsstation
pediatrics	Kinderheilkunde
paediatrics	Kinderheilkunde
surgery	Chirurgie
intensive care	Intensivstation
reception desk	Empfangstheke
school	Schule
schools	Schulen
primary school	Grundschule
secondary school	weiterführende Schule
high school	Gymnasium
university	Universität
college	Hochschule
campus	Campus
library	Bibliothek
libraries	Bibliotheken
museum	Museum
museums	Museen
gallery	Galerie
art gallery	Kunstgalerie
exhibition	Ausstellung
exhibitions	Ausstellungen
temporary exhibition	Sonderausstellung
permanent exhibition	Dauerausstellung
exhibit	Exponat
exhibits	Exponate
collection	Sammlung
collections	Sammlungen
guided tour	Führung
guided tours	Führungen
tour	Rundgang
tours	Touren
audio guide	Audioguide
audio guides	Audioguides
visit	Besuch
visitors	Besucher
visitor	Besucher
visitor centre	Besucherzentrum
visitor information	Besucherinformation
visitors welcome	Besucher willkommen
admission	Eintritt
admission charge	Eintrittspreis
admission prices	Eintrittspreise
entrance fee	Eintrittsgebühr
entry fee	Eintrittsgebühr
adult	Erwachsener
adults	Erwachsene
child	Kind
children	Kinder
kids	Kinder
baby	Baby
babies	Babys
infant	Kleinkind
infants	Kleinkinder
family	Familie
families	Familien
family ticket	Familienkarte
student	Student
students	Studenten
senior	Senior
seniors	Senioren
pensioners	Rentner
elderly	Senioren
concessions	Ermäßigungen
concession	ermäßigt
reduced price	ermäßigter Preis
full price	voller Preis
group	Gruppe
groups	Gruppen
group bookings	Gruppenbuchungen
individual	Einzel
person	Person
persons	Personen
people	Personen
under 5s	unter 5 Jahren
under 12s	unter 12 Jahren
under 18s	unter 18 Jahren
free for children	Kinder frei
years old	Jahre alt
age	Alter
id	Ausweis
id required	Ausweis erforderlich
proof of age	Altersnachweis
identity card	Personalausweis
church	Kirche
churches	Kirchen
cathedral	Dom
chapel	Kapelle
mosque	Moschee
synagogue	Synagoge
temple	Tempel
mass	Messe
service times	Gottesdienstzeiten
place of worship	Gotteshaus
please dress appropriately	bitte angemessene Kleidung tragen
cover your shoulders	Schultern bedecken
dress code	Kleiderordnung
castle	Burg
palace	Palast
tower	Turm
monument	Denkmal
monuments	Denkmäler
memorial	Gedenkstätte
ruins	Ruinen
fountain	Brunnen
statue	Statue
cemetery	Friedhof
town hall	Rathaus
city hall	Rathaus
council	Gemeinderat
municipality	Gemeinde
court	Gericht
courthouse	Gerichtsgebäude
embassy	Botschaft
consulate	Konsulat
ministry	Ministerium
government	Regierung
public	öffentlich
open to the public	öffentlich zugänglich
closed to the public	für die Öffentlichkeit geschlossen
not open to the public	nicht öffentlich zugänglich
public toilets	öffentliche Toiletten
public transport	öffentliche Verkehrsmittel
public footpath	öffentlicher Fußweg
public area	öffentlicher Bereich
community centre	Gemeindezentrum
sports centre	Sportzentrum
sports center	Sportzentrum
gym	Fitnessstudio
stadium	Stadion
swimming pool	Schwimmbad
pool	Schwimmbad
sauna	Sauna
showers	Duschen
shower	Dusche
please shower before swimming	bitte vor dem Schwimmen duschen
shower before entering the pool	vor dem Betreten des Beckens duschen
swimming caps must be worn	Badekappenpflicht
swimming	Schwimmen
theatre	Theater
theater	Theater
cinema	Kino
concert	Konzert
concert hall	Konzertsaal
opera	Oper
box office	Kasse
performance	Vorstellung
show	Show
event	Veranstaltung
events	Veranstaltungen
festival	Festival
zoo	Zoo
aquarium	Aquarium
park	Park
parks	Parks
national park	Nationalpark
nature reserve	Naturschutzgebiet
protected area	Schutzgebiet
botanical garden	botanischer Garten
beach	Strand
beaches	Strände
to the beach	zum Strand
sea	Meer
lake	See
river	Fluss
forest	Wald
wood	Wald
woods	Wald
mountain	Berg
mountains	Berge
hill	Hügel
valley	Tal
trail	Wanderweg
trails	Wanderwege
walking trail	Wanderweg
hiking trail	Wanderweg
viewpoint	Aussichtspunkt
view	Aussicht
campsite	Campingplatz
camping	Camping
hotel	Hotel
hotels	Hotels
hostel	Herberge
youth hostel	Jugendherberge
guest house	Pension
bed and breakfast	Frühstückspension
accommodation	Unterkunft
vacancies	Zimmer frei
no vacancies	belegt
rooms available	Zimmer frei
single room	Einzelzimmer
double room	Doppelzimmer
twin room	Zweibettzimmer
room service	Zimmerservice
key	Schlüssel
keys	Schlüssel
room key	Zimmerschlüssel
key card	Schlüsselkarte
please leave your key at reception	bitte Schlüssel an der Rezeption abgeben
check-out	Check-out
check-in time	Check-in-Zeit
check-out time	Check-out-Zeit
checkout time	Check-out-Zeit
towels	Handtücher
towel	Handtuch
bed	Bett
beds	Betten
breakfast	Frühstück
breakfast included	Frühstück inklusive
breakfast is served	Frühstück wird serviert
lunch	Mittagessen
dinner	Abendessen
supper	Abendessen
meal	Mahlzeit
meals	Mahlzeiten
restaurant	Restaurant
restaurants	Restaurants
cafe	Café
café	Café
cafeteria	Cafeteria
canteen	Kantine
bar	Bar
pub	Kneipe
snack bar	Imbiss
buffet	Büfett
menu	Speisekarte
menus	Speisekarten
today's menu	Tagesmenü
menu of the day	Tagesmenü
set menu	Menü
dish of the day	Tagesgericht
specials	Tagesangebote
today's specials	heutige Spezialitäten
starters	Vorspeisen
main course	Hauptgericht
main courses	Hauptgerichte
desserts	Nachspeisen
dessert	Nachtisch
drinks	Getränke
drink	Getränk
food	Essen
food and drink	Essen und Trinken
food and drinks	Speisen und Getränke
hot food	warme Speisen
hot drinks	Heißgetränke
cold drinks	kalte Getränke
soft drinks	Erfrischungsgetränke
snacks	Snacks
water	Wasser
drinking water	Trinkwasser
not drinking water	kein Trinkwasser
non-drinking water	kein Trinkwasser
non-potable water	kein Trinkwasser
mineral water	Mineralwasser
sparkling water	Sprudelwasser
still water	stilles Wasser
coffee	Kaffee
tea	Tee
milk	Milch
juice	Saft
orange juice	Orangensaft
beer	Bier
wine	Wein
red wine	Rotwein
white wine	Weißwein
bread	Brot
cheese	Käse
meat	Fleisch
fish	Fisch
chicken	Hähnchen
beef	Rindfleisch
pork	Schweinefleisch
ham	Schinken
eggs	Eier
egg	Ei
vegetables	Gemüse
fruit	Obst
salad	Salat
soup	Suppe
rice	Reis
pasta	Nudeln
pizza	Pizza
sandwich	Sandwich
sandwiches	Sandwiches
cake	Kuchen
cakes	Kuchen
ice cream	Eis
sugar	Zucker
salt	Salz
oil	Öl
vegetarian	vegetarisch
vegan	vegan
gluten free	glutenfrei
lactose free	laktosefrei
allergens	Allergene
allergy	Allergie
allergies	Allergien
contains nuts	enthält Nüsse
may contain nuts	kann Nüsse enthalten
please inform staff of any allergies	bitte informieren Sie das Personal über Allergien
halal	halal
kosher	koscher
table	Tisch
tables	Tische
table reserved	Tisch reserviert
reservation	Reservierung
reservations	Reservierungen
booking	Buchung
bookings	Buchungen
booking required	Buchung erforderlich
booking essential	Reservierung erforderlich
booking recommended	Reservierung empfohlen
reservation required	Reservierung erforderlich
advance booking	Vorverkauf
please wait to be seated	bitte warten Sie, bis Sie platziert werden
please seat yourself	bitte nehmen Sie Platz
seat yourself	bitte Platz nehmen
table service	Tischbedienung
waiter	Kellner
kitchen closed	Küche geschlossen
kitchen open	Küche geöffnet
outdoor seating	Außenbereich
seating area	Sitzbereich
happy hour	Happy Hour
wifi	WLAN
wi-fi	WLAN
free wifi	kostenloses WLAN
free wi-fi	kostenloses WLAN
wifi password	WLAN-Passwort
password	Passwort
internet	Internet
phone	Telefon
telephone	Telefon
mobile phone	Handy
mobile phones	Handys
cell phone	Handy
cell phones	Handys
phones	Telefone
switch off your mobile phone	Handy ausschalten
please switch off your mobile phone	bitte schalten Sie Ihr Handy aus
please turn off your mobile phone	bitte schalten Sie Ihr Handy aus
please turn off your phone	bitte schalten Sie Ihr Telefon aus
please silence your phone	bitte schalten Sie Ihr Telefon stumm
charging	Aufladen
phone charging	Handy-Ladestation
socket	Steckdose
sockets	Steckdosen
plug	Stecker
contact	Kontakt
contact us	kontaktieren Sie uns
for more information	für weitere Informationen
more information	weitere Informationen
further information	weitere Informationen
information available	Informationen erhältlich
ask	fragen
please ask	bitte fragen
ask staff	fragen Sie das Personal
please ask a member of staff	bitte wenden Sie sich an einen Mitarbeiter
please ask for assistance	bitte um Hilfe fragen
ask for help	um Hilfe bitten
ask at reception	fragen Sie an der Rezeption
enquire within	Auskunft drinnen
inquire within	Auskunft drinnen
enquiries	Auskunft
inquiries	Auskunft
staff	Personal
member of staff	Mitarbeiter
members of staff	Mitarbeiter
employee	Mitarbeiter
employees	Mitarbeiter
personnel	Personal
team	Team
manager	Leiter
owner	Eigentümer
owners	Eigentümer
tenant	Mieter
tenants	Mieter
resident	Bewohner
residents	Anwohner
neighbour	Nachbar
neighbours	Nachbarn
neighbors	Nachbarn
please respect our neighbours	bitte nehmen Sie Rücksicht auf die Nachbarn
please respect the neighbours	bitte nehmen Sie Rücksicht auf die Nachbarn
please leave quietly	bitte verlassen Sie das Lokal leise
accept	akzeptieren
access	Zugang
add	hinzufügen
allow	erlauben
apply	gelten
apply within	Bewerbung drinnen
arrive	ankommen
avoid	vermeiden
be aware	beachten Sie
become	werden
begin	beginnen
book	buchen
book now	jetzt buchen
book online	online buchen
break	brechen
bring	mitbringen
buy	kaufen
buy now	jetzt kaufen
buy tickets	Fahrkarten kaufen
buy your ticket	kaufen Sie Ihre Fahrkarte
buy your ticket before boarding	Fahrkarte vor dem Einsteigen kaufen
call us	rufen Sie uns an
cancel	stornieren
carry	tragen
catch	fangen
check	prüfen
choose	wählen
clean up	aufräumen
clear	räumen
climb	klettern
close	schließen
close the door	Tür schließen
closes	schließt
closes at	schließt um
opens at	öffnet um
opens	öffnet
collect	abholen
come	kommen
come back	zurückkommen
come back later	kommen Sie später wieder
comply	einhalten
confirm	bestätigen
connect	verbinden
contain	enthalten
contains	enthält
continue	weiter
cook	kochen
cover	bedecken
cross	überqueren
cross here	hier überqueren
cross with care	vorsichtig überqueren
cut	schneiden
deliver	liefern
depart	abfahren
departs	fährt ab
departs from	fährt ab von
describe	beschreiben
dispose of	entsorgen
drive	fahren
drop	fallen lassen
drop off	absetzen
drop off point	Haltepunkt
eat	essen
ends	endet
enjoy	genießen
enter	eintreten
enter here	hier eintreten
enter your pin	PIN eingeben
exit here	hier hinaus
explore	erkunden
extinguish	löschen
feed	füttern
fill	füllen
fill in	ausfüllen
find	finden
find out more	mehr erfahren
fix	reparieren
fold	falten
get	bekommen
give	geben
go	gehen
go back	zurückgehen
go to	gehen Sie zu
go up	hinaufgehen
go down	hinuntergehen
hang	aufhängen
hang up	auflegen
hear	hören
hold	halten
hold the handrail	Handlauf benutzen
please hold the handrail	bitte am Handlauf festhalten
hold on	festhalten
please hold on	bitte festhalten
insert	einführen
insert card	Karte einführen
insert coins	Münzen einwerfen
insert ticket	Ticket einführen
join	beitreten
join us	machen Sie mit
jump	springen
keep	halten
keep closed	geschlossen halten
keep locked	verschlossen halten
keep open	offen halten
keep dry	trocken lagern
keep refrigerated	gekühlt lagern
keep frozen	tiefgekühlt lagern
keep cool	kühl lagern
keep upright	aufrecht halten
keep calm	Ruhe bewahren
keep moving	weitergehen
keep tidy	sauber halten
keep this area clean	halten Sie diesen Bereich sauber
please keep this area clean	bitte halten Sie diesen Bereich sauber
please keep clean	bitte sauber halten
keep britain tidy	halte das Land sauber
know	wissen
learn	lernen
leave	verlassen
leave here	hier abstellen
let	lassen
lift handle	Griff anheben
listen	hören
live	leben
load	laden
lock	abschließen
locked	verschlossen
look	schauen
look left	links schauen
look right	rechts schauen
look both ways	in beide Richtungen schauen
look out	Achtung
lose	verlieren
lost	verloren
make	machen
meet	treffen
move	bewegen
move down inside	bitte durchgehen
need	brauchen
notify	benachrichtigen
obey	befolgen
observe	beachten
occupy	besetzen
occupied	besetzt
open here	hier öffnen
operate	bedienen
park here	hier parken
pay attention	aufpassen
pick	pflücken
place	legen
plan	planen
play	spielen
prepare	vorbereiten
present	vorzeigen
prevent	verhindern
print	drucken
proceed	weitergehen
proceed to	gehen Sie weiter zu
protect	schützen
provide	bereitstellen
put	legen
put out	ausmachen
reach	erreichen
read	lesen
receive	erhalten
recycle	recyceln
register	anmelden
remain	bleiben
remain seated	sitzen bleiben
please remain seated	bitte bleiben Sie sitzen
remember	denken Sie daran
remove	entfernen
remove your shoes	Schuhe ausziehen
please remove your shoes	bitte Schuhe ausziehen
rent	mieten
replace	ersetzen
request	anfordern
on request	auf Anfrage
reserve	reservieren
respect	respektieren
rest	ausruhen
return	zurückgeben
return trolleys here	Wagen hier zurückgeben
please return your tray	bitte Tablett zurückbringen
ride	fahren
ring	klingeln
run	laufen
save	sparen
say	sagen
scan	scannen
scan here	hier scannen
scan the qr code	QR-Code scannen
scan your ticket	scannen Sie Ihr Ticket
search	suchen
see	sehen
see below	siehe unten
see above	siehe oben
see overleaf	siehe Rückseite
select	auswählen
select your destination	Ziel auswählen
sell	verkaufen
send	senden
separate	trennen
serve	servieren
served	serviert
set	einstellen
share	teilen
show your ticket	Fahrkarte vorzeigen
please show your ticket	bitte Fahrkarte vorzeigen
shut	schließen
sign in	anmelden
sign out	abmelden
sign here	hier unterschreiben
sit	sitzen
sleep	schlafen
slide	schieben
sort	sortieren
speak	sprechen
we speak english	wir sprechen Englisch
english spoken	wir sprechen Englisch
stand	stehen
starts	beginnt
stay	bleiben
stay on the path	auf dem Weg bleiben
stay on the paths	bleiben Sie auf den Wegen
stay behind the barrier	hinter der Absperrung bleiben
stop here	hier anhalten
store in a cool dry place	kühl und trocken lagern
switch off	ausschalten
switch on	einschalten
switch off the lights	Licht ausschalten
please switch off the lights	bitte das Licht ausschalten
take	nehmen
take one	bitte nehmen
take care of	aufpassen auf
take your litter home	nehmen Sie Ihren Müll mit
please take your litter home	bitte nehmen Sie Ihren Abfall mit
talk	sprechen
tap	antippen
tap in	einchecken
tap here	hier antippen
tell	sagen
think	denken
throw	werfen
touch	berühren
try	versuchen
turn	drehen
turn off	ausschalten
turn on	einschalten
turn off the engine	Motor abstellen
switch off engine	Motor abstellen
turn off the tap	Wasserhahn zudrehen
understand	verstehen
unlock	aufschließen
use	benutzen
use other door	andere Tür benutzen
please use other door	bitte andere Tür benutzen
please use the other door	bitte benutzen Sie die andere Tür
use the other entrance	anderen Eingang benutzen
please use the bins provided	bitte benutzen Sie die Abfallbehälter
please use the bins	bitte Abfallbehälter benutzen
use the handrail	Handlauf benutzen
validate here	hier entwerten
visit us	besuchen Sie uns
visit our website	besuchen Sie unsere Website
wait	warten
walk	gehen
walk on the right	rechts gehen
want	wollen
warn	warnen
wash	waschen
watch	schauen
watch out	Achtung
wear	tragen
wipe	abwischen
work	arbeiten
write	schreiben
accompanied	begleitet
authorised	befugt
authorized	befugt
unauthorised	unbefugt
unauthorized	unbefugt
unauthorised persons	Unbefugte
unauthorized persons	Unbefugte
booked	gebucht
fully booked	ausgebucht
cleaned	gereinigt
checked	geprüft
controlled	kontrolliert
monitored	überwacht
protected	geschützt
recorded	aufgezeichnet
provided	bereitgestellt
recommended	empfohlen
located	befindet sich
is located	befindet sich
are located	befinden sich
can be found	befindet sich
moved	umgezogen
we have moved	wir sind umgezogen
we have moved to	wir sind umgezogen nach
relocated	verlegt
suspended	ausgesetzt
postponed	verschoben
used	benutzt
kept	gehalten
found	gefunden
given	gegeben
made	gemacht
made in	hergestellt in
sent	gesendet
taken	genommen
shown	gezeigt
seen	gesehen
done	erledigt
paid	bezahlt
unpaid	unbezahlt
fined	mit Bußgeld belegt
will be fined	wird mit Bußgeld belegt
offenders will be fined	Zuwiderhandlungen werden mit Bußgeld geahndet
will be removed	wird entfernt
will be towed away	wird abgeschleppt
will be prosecuted	wird strafrechtlich verfolgt
will be charged	wird berechnet
fine	Bußgeld
fines	Bußgelder
penalty	Strafe
maximum fine	Höchststrafe
a fine of	ein Bußgeld von
good	gut
bad	schlecht
big	groß
little	klein
long	lang
short	kurz
high	hoch
low	niedrig
wide	breit
narrow	schmal
deep	tief
shallow	flach
shallow water	flaches Wasser
fast	schnell
quick	schnell
quickly	schnell
slowly	langsam
old	alt
young	jung
cold	kalt
warm	warm
cool	kühl
dry	trocken
wet	nass
clean	sauber
dirty	schmutzig
dark	dunkel
easy	einfach
difficult	schwierig
hard	hart
soft	weich
safe	sicher
unsafe	unsicher
secure	sicher
busy	beschäftigt
empty	leer
loud	laut
far	weit
nearby	in der Nähe
nearest	nächste
main	Haupt-
general	allgemein
special	besonders
normal	normal
regular	regelmäßig
local	örtlich
national	national
international	international
european	europäisch
foreign	ausländisch
official	offiziell
real	echt
true	wahr
correct	richtig
wrong	falsch
possible	möglich
impossible	unmöglich
necessary	notwendig
useful	nützlich
ready	bereit
different	anders
similar	ähnlich
whole	ganz
complete	vollständig
partial	teilweise
extra	extra
additional	zusätzlich
beautiful	schön
nice	schön
happy	glücklich
friendly	freundlich
polite	höflich
famous	berühmt
historic	historisch
historical	historisch
ancient	antik
modern	modern
traditional	traditionell
typical	typisch
cheap	billig
expensive	teuer
best	beste
better	besser
worst	schlechteste
great	groß
strong	stark
weak	schwach
busy hours	Stoßzeiten
rush hour	Hauptverkehrszeit
peak hours	Spitzenzeiten
off-peak	außerhalb der Stoßzeiten
correctly	richtig
carefully	vorsichtig
immediately	sofort
directly	direkt
automatically	automatisch
manually	manuell
only here	nur hier
strictly	streng
exclusively	ausschließlich
permanently	dauerhaft
currently	derzeit
unfortunately	leider
well	gut
right now	gerade
colour	Farbe
color	Farbe
red	rot
green	grün
blue	blau
yellow	gelb
white	weiß
black	schwarz
orange	orange
brown	braun
grey	grau
gray	grau
pink	rosa
purple	lila
gold	Gold
silver	Silber
red line	rote Linie
yellow line	gelbe Linie
white line	weiße Linie
button	Knopf
buttons	Knöpfe
handle	Griff
handrail	Handlauf
barrier	Schranke
barriers	Absperrungen
fence	Zaun
sign	Schild
signs	Schilder
signal	Signal
map	Karte
maps	Karten
screen	Bildschirm
display	Anzeige
departure board	Abfahrtstafel
notice board	Anschlagtafel
machine	Automat
machines	Automaten
vending machine	Verkaufsautomat
card	Karte
cards	Karten
pin	PIN
code	Code
qr code	QR-Code
light	Licht
lights	Lichter
lighting	Beleuchtung
switch	Schalter
heating	Heizung
air conditioning	Klimaanlage
air conditioned	klimatisiert
ventilation	Lüftung
power	Strom
power cut	Stromausfall
energy	Energie
save energy	Energie sparen
save water	Wasser sparen
sink	Waschbecken
soap	Seife
paper	Papier
toilet paper	Toilettenpapier
paper towels	Papierhandtücher
hand dryer	Händetrockner
rubbish	Müll
trash	Müll
garbage	Müll
litter	Abfall
waste	Abfall
bin	Mülleimer
bins	Mülleimer
litter bin	Abfalleimer
rubbish bin	Mülleimer
recycling	Recycling
recycling bin	Wertstofftonne
general waste	Restmüll
plastic	Plastik
glass	Glas
cans	Dosen
bottles	Flaschen
bottle	Flasche
cardboard	Pappe
organic waste	Biomüll
batteries	Batterien
box	Kiste
boxes	Kisten
tray	Tablett
trays	Tabletts
chair	Stuhl
chairs	Stühle
bench	Bank
benches	Bänke
desk	Schalter
shelf	Regal
shelves	Regale
mirror	Spiegel
clock	Uhr
tool	Werkzeug
tools	Werkzeuge
equipment	Ausrüstung
material	Material
materials	Materialien
object	Gegenstand
objects	Gegenstände
thing	Sache
things	Sachen
part	Teil
parts	Teile
piece	Stück
pieces	Stück
kind	Art
type	Typ
places	Orte
point	Punkt
points	Punkte
world	Welt
country	Land
city	Stadt
cities	Städte
town	Stadt
village	Dorf
region	Region
district	Bezirk
neighbourhood	Viertel
neighborhood	Viertel
address	Adresse
name	Name
surname	Nachname
first name	Vorname
signature	Unterschrift
form	Formular
forms	Formulare
document	Dokument
documents	Dokumente
certificate	Bescheinigung
permit	Genehmigung
licence	Lizenz
license	Lizenz
driving licence	Führerschein
law	Gesetz
laws	Gesetze
policy	Richtlinie
condition	Bedingung
conditions	Bedingungen
terms and conditions	Geschäftsbedingungen
terms	Bedingungen
instructions	Anleitung
instruction	Anweisung
information board	Infotafel
details	Einzelheiten
detail	Detail
question	Frage
questions	Fragen
answer	Antwort
problem	Problem
problems	Probleme
reason	Grund
reasons	Gründe
result	Ergebnis
changes	Änderungen
subject to change	Änderungen vorbehalten
subject to availability	solange der Vorrat reicht
while stocks last	solange der Vorrat reicht
news	Nachrichten
message	Nachricht
announcement	Durchsage
announcements	Durchsagen
advertisement	Werbung
website	Website
email	E-Mail
e-mail	E-Mail
online	online
app	App
tel	Tel.
fax	Fax
life	Leben
health	Gesundheit
care	Pflege
body	Körper
head	Kopf
hand	Hand
hands	Hände
foot	Fuß
feet	Füße
on foot	zu Fuß
eye	Auge
eyes	Augen
man	Mann
woman	Frau
boy	Junge
girl	Mädchen
boys	Jungen
girls	Mädchen
friend	Freund
friends	Freunde
guest	Gast
guests	Gäste
owner's	des Eigentümers
public holidays excepted	außer an Feiertagen
except sundays	außer sonntags
except holidays	außer an Feiertagen
weather	Wetter
weather permitting	bei gutem Wetter
in bad weather	bei schlechtem Wetter
rain	Regen
snow	Schnee
wind	Wind
storm	Sturm
fog	Nebel
flood	Hochwasser
flooding	Überschwemmung
risk of flooding	Überschwemmungsgefahr
tide	Gezeiten
high tide	Flut
low tide	Ebbe
waves	Wellen
sand	Sand
rocks	Felsen
temperature	Temperatur
air	Luft
fresh air	frische Luft
nature	Natur
environment	Umwelt
protect the environment	schützen Sie die Umwelt
tree	Baum
trees	Bäume
grass	Rasen
flowers	Blumen
flower	Blume
plants	Pflanzen
plant	Pflanze
lawn	Rasen
wildlife	Tierwelt
animal	Tier
animals	Tiere
dog	Hund
dogs	Hunde
cat	Katze
cats	Katzen
bird	Vogel
birds	Vögel
horse	Pferd
horses	Pferde
cattle	Vieh
cows	Kühe
sheep	Schafe
ducks	Enten
pets	Haustiere
pet	Haustier
lead	Leine
leash	Leine
on a lead	an der Leine
on the lead	an der Leine
guide dog	Blindenhund
guide dogs	Blindenhunde
assistance dogs	Assistenzhunde
assistance dogs welcome	Assistenzhunde willkommen
wild animals	Wildtiere
bees	Bienen
snakes	Schlangen
insects	Insekten
mosquitoes	Mücken
bull	Stier
beware of the bull	Vorsicht Stier
game	Spiel
games	Spiele
sport	Sport
sports	Sport
ball	Ball
football	Fußball
tennis	Tennis
golf	Golf
ski	Ski
skiing	Skifahren
cycling	Radfahren
walking	Wandern
hiking	Wandern
running	Laufen
fishing	Angeln
music	Musik
art	Kunst
history	Geschichte
culture	Kultur
science	Wissenschaft
books	Bücher
newspaper	Zeitung
newspapers	Zeitungen
magazine	Zeitschrift
photo	Foto
photos	Fotos
picture	Bild
pictures	Bilder
film	Film
video	Video
language	Sprache
languages	Sprachen
english	Englisch
spanish	Spanisch
french	Französisch
italian	Italienisch
german	Deutsch
translation	Übersetzung
job	Job
jobs	Jobs
staff wanted	Personal gesucht
help wanted	Aushilfe gesucht
we are hiring	wir stellen ein
we're hiring	wir stellen ein
vacancy	Stellenangebot
business	Geschäft
company	Firma
industry	Industrie
factory	Fabrik
farm	Bauernhof
house	Haus
home	Zuhause
flat	Wohnung
apartment	Wohnung
apartments	Wohnungen
property	Grundstück
land	Land
site	Gelände
premises	Räumlichkeiten
on these premises	in diesen Räumlichkeiten
on the premises	auf dem Gelände
inside the building	im Gebäude
in the building	im Gebäude
throughout the building	im gesamten Gebäude
in this area	in diesem Bereich
this area	dieser Bereich
in this building	in diesem Gebäude
this building	dieses Gebäude
this door	diese Tür
this way please	hier entlang, bitte
this side	diese Seite
other side	andere Seite
both sides	beide Seiten
sides	Seiten
here only	nur hier
applies	gilt
conditions apply	es gelten Bedingungen
terms and conditions apply	es gelten die Geschäftsbedingungen
charges apply	gebührenpflichtig
restrictions apply	es gelten Einschränkungen
keep shut	geschlossen halten
keep locked shut	verschlossen halten
is closed	ist geschlossen
is open	ist geöffnet
are closed	sind geschlossen
are open	sind geöffnet
will be closed	bleibt geschlossen
will be open	ist geöffnet
will remain closed	bleibt geschlossen
remains closed	bleibt geschlossen
remains open	bleibt geöffnet
is located on	befindet sich im
is available	ist erhältlich
are available	sind erhältlich
is required	ist erforderlich
are required	sind erforderlich
is not available	ist nicht verfügbar
is free	ist kostenlos
are free	sind kostenlos
is reserved	ist reserviert
are reserved	sind reserviert
is not responsible	haftet nicht
is closed today	ist heute geschlossen
goes	fährt
comes	kommt
leaves	fährt ab
arrives	kommt an
stops at	hält in
does not stop	hält nicht
does not stop at	hält nicht in
this train does not stop at	dieser Zug hält nicht in
this train terminates here	dieser Zug endet hier
terminates here	endet hier
calling at	mit Halt in
runs	verkehrt
runs every	fährt alle
does not run	verkehrt nicht
operates	verkehrt
serves	serviert
includes	beinhaltet
requires	erfordert
means	bedeutet
needs	braucht
helps	hilft
opens automatically	öffnet automatisch
closes automatically	schließt automatisch
locks automatically	verriegelt automatisch
is being	wird gerade
being cleaned	wird gereinigt
cleaning in progress	Reinigung im Gange
cleaning	Reinigung
cleaner	Reinigungskraft
toilet cleaned at	Toilette gereinigt um
renovated	renoviert
installed	installiert
entrance closed	Eingang geschlossen
exit closed	Ausgang geschlossen
door closed	Tür geschlossen
lift out of order	Aufzug außer Betrieb
toilet out of order	Toilette außer Betrieb
machine out of order	Automat außer Betrieb
path closed	Weg gesperrt
footpath closed	Fußweg gesperrt
beach closed	Strand gesperrt
park closed	Park geschlossen
platform closed	Gleis gesperrt
shop closed	Geschäft geschlossen
office closed	Büro geschlossen
lane closed	Fahrspur gesperrt
bridge closed	Brücke gesperrt
pedestrian access	Fußgängerzugang
vehicle access	Fahrzeugzufahrt
access road	Zufahrtsstraße
access for	Zugang für
access to	Zugang zu
way to	Weg zu
to the	zum
to the station	zum Bahnhof
to the city centre	zum Stadtzentrum
to the platforms	zu den Gleisen
to all platforms	zu allen Gleisen
to the trains	zu den Zügen
to the toilets	zu den Toiletten
of the	der
in the	im
on the	auf dem
at the	am
for the	für die
from the	vom
with the	mit dem
by the	von der
and the	und die
is the	ist die
near the	in der Nähe des
next to the	neben dem
in front of the	vor dem
behind the	hinter dem
opposite the	gegenüber dem
inside the	im
outside the	außerhalb des
through the	durch den
along the	entlang der
after the	nach dem
before the	vor dem
during the	während der
until the	bis zum
use of	Benutzung von
the use of	die Benutzung von
use of mobile phones	Benutzung von Handys
the use of mobile phones is prohibited	die Benutzung von Handys ist verboten
entry is free	der Eintritt ist frei
admission is free	der Eintritt ist frei
in progress	im Gange
in service	in Betrieb
on duty	im Dienst
off duty	außer Dienst
on display	ausgestellt
on sale here	hier erhältlich
available here	hier erhältlich
sold here	hier erhältlich
tickets sold here	Fahrkarten hier erhältlich
tickets available	Karten erhältlich
tickets available here	Karten hier erhältlich
tickets available online	Karten online erhältlich
tickets on sale	Karten im Verkauf
tickets sold out	ausverkauft
entrance ticket	Eintrittskarte
entrance tickets	Eintrittskarten
combined ticket	Kombiticket
skip the line	ohne Anstehen
fast track	Expresszugang
priority boarding	bevorzugtes Boarding
priority lane	Vorrangspur
priority access	Vorrangzugang
queue starts here	Warteschlange beginnt hier
queue from here	hier anstellen
waiting time from this point	Wartezeit ab hier
minutes from here	Minuten von hier
minutes walk	Minuten zu Fuß
walking distance	Fußweg
distance	Entfernung
km	km
metres	Meter
meters	Meter
metre	Meter
meter	Meter
miles	Meilen
mile	Meile
height	Höhe
width	Breite
length	Länge
maximum height	maximale Höhe
max height	max. Höhe
maximum weight	Höchstgewicht
maximum load	Höchstlast
capacity	Kapazität
maximum capacity	maximale Kapazität
persons maximum	Personen maximal
occupancy	Belegung
maximum occupancy	maximale Belegung
limits	Grenzen
weight limit	Gewichtsbeschränkung
height limit	Höhenbeschränkung
time limit	Zeitlimit
limited time	begrenzte Zeit
limited waiting	eingeschränktes Parken
short stay	Kurzzeit
long stay	Langzeit
short stay parking	Kurzzeitparkplatz
long stay parking	Langzeitparkplatz
max stay	Höchstparkdauer
maximum stay	Höchstparkdauer
no return within	keine Rückkehr innerhalb von
disc parking	Parkscheibe
parking disc	Parkscheibe
blue zone	blaue Zone
residents parking	Anwohnerparken
residents parking only	nur für Anwohner
parking prohibited	Parkverbot
parking for	Parken für
parking only	nur Parken
parking available	Parkplätze vorhanden
parking charges	Parkgebühren
pay at machine	am Automaten zahlen
pay on foot	am Kassenautomaten zahlen
pay on exit	bei Ausfahrt zahlen
pay on entry	bei Einfahrt zahlen
pay by phone	per Telefon bezahlen
display ticket	Parkschein auslegen
display ticket clearly	Parkschein gut sichtbar auslegen
tickets must be displayed	Parkscheine müssen ausgelegt werden
charges apply at all times	jederzeit gebührenpflichtig
free after	kostenlos ab
first hour free	erste Stunde kostenlos
each additional hour	jede weitere Stunde
up to 1 hour	bis zu 1 Stunde
up to 2 hours	bis zu 2 Stunden
up to 3 hours	bis zu 3 Stunden
1 hour	1 Stunde
2 hours	2 Stunden
3 hours	3 Stunden
4 hours	4 Stunden
30 minutes	30 Minuten
15 minutes	15 Minuten
10 minutes	10 Minuten
5 minutes	5 Minuten
all day parking	Tagesparken
overnight	über Nacht
overnight parking	Parken über Nacht
no overnight parking	Parken über Nacht verboten
no overnight camping	Übernachten verboten
no camping or caravans	Zelten und Wohnwagen verboten
no motorhomes	keine Wohnmobile
no lorries	keine Lkw
no heavy goods vehicles	kein Schwerverkehr
no coaches	keine Reisebusse
no motorcycles	keine Motorräder
no horses	keine Pferde
no horse riding	Reiten verboten
no boats	keine Boote
no jet skis	keine Jetskis
no drones	keine Drohnen
no metal detecting	Metallsuche verboten
no hunting	Jagen verboten
private hunting	privates Jagdrevier
no sunbathing	Sonnenbaden verboten
no nudity	FKK verboten
no topless	oben ohne verboten
no loitering	Herumlungern verboten
no gathering	keine Ansammlungen
no gatherings	keine Versammlungen
no unaccompanied children	keine unbegleiteten Kinder
no sitting	Sitzen verboten
no standing	Stehen verboten
no pushing	nicht drängeln
no mobile phone use	Handynutzung verboten
no headphones	keine Kopfhörer
no cameras	keine Kameras
no backpacks	keine Rucksäcke
no large bags	keine großen Taschen
no umbrellas	keine Regenschirme
no sharp objects	keine spitzen Gegenstände
no liquids	keine Flüssigkeiten
no chewing gum	kein Kaugummi
no ice cream	kein Eis
no sleeping	Schlafen verboten
no shouting	nicht schreien
no swearing	nicht fluchen
no smoking or vaping	Rauchen und Dampfen verboten
no smoking within	Rauchen verboten innerhalb von
no smoking in this area	Rauchen in diesem Bereich verboten
no smoking on the premises	Rauchen auf dem Gelände verboten
no smoking in the building	Rauchen im Gebäude verboten
this is a no smoking area	dies ist ein Nichtraucherbereich
this is a non-smoking building	dies ist ein Nichtrauchergebäude
smoking area only	nur im Raucherbereich
designated smoking area	ausgewiesener Raucherbereich
designated area	ausgewiesener Bereich
in designated areas	in den ausgewiesenen Bereichen
only in designated areas	nur in ausgewiesenen Bereichen
`;
