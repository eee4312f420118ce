/**
 * English → Italian lexicon for signs and notices: `source<TAB>target` a line, phrases
 * and words (see ../lexicon.ts). Written for Tabmesh; targets as they appear mid-sentence.
 */
export default `
the	il
a	un
an	un
this	questo
that	quello
these	questi
those	quelli
some	alcuni
any	qualsiasi
all	tutti
every	ogni
each	ogni
no	no
not	non
none	nessuno
other	altro
another	un altro
both	entrambi
either	l'uno o l'altro
neither	nessuno
such	tale
same	stesso
own	proprio
only	solo
also	anche
too	anche
very	molto
more	più
most	la maggior parte
less	meno
least	minimo
much	molto
many	molti
few	pochi
a few	alcuni
several	diversi
enough	abbastanza
and	e
or	o
but	ma
nor	né
if	se
unless	a meno che
because	perché
so	quindi
than	di
as	come
like	come
while	mentre
when	quando
where	dove
what	che cosa
which	quale
who	chi
whom	chi
whose	di chi
why	perché
how	come
how much	quanto
how many	quanti
how long	quanto tempo
whether	se
of	di
to	a
in	in
into	in
on	su
onto	su
at	a
by	da
for	per
from	da
with	con
without	senza
about	su
above	sopra
below	sotto
under	sotto
over	sopra
between	tra
among	tra
through	attraverso
across	attraverso
along	lungo
around	intorno a
behind	dietro
in front of	davanti a
next to	accanto a
beside	accanto a
near	vicino a
opposite	di fronte a
inside	dentro
outside	fuori
within	entro
beyond	oltre
against	contro
towards	verso
toward	verso
via	via
per	per
during	durante
before	prima di
after	dopo
until	fino a
till	fino a
since	da
except	tranne
including	compreso
instead of	invece di
according to	secondo
due to	a causa di
because of	a causa di
in case of	in caso di
in order to	per
up to	fino a
out of	fuori da
i	io
you	voi
he	lui
she	lei
it	esso
we	noi
they	loro
me	me
him	lui
her	suo
us	ci
them	loro
my	mio
your	vostro
his	suo
its	suo
our	nostro
their	loro
yours	vostro
ours	nostro
yourself	voi stessi
yourselves	voi stessi
ourselves	noi stessi
themselves	loro stessi
everyone	tutti
everybody	tutti
everything	tutto
someone	qualcuno
somebody	qualcuno
something	qualcosa
anyone	chiunque
anybody	chiunque
anything	qualsiasi cosa
nobody	nessuno
no one	nessuno
nothing	niente
here	qui
there	lì
there is	c'è
there are	ci sono
now	ora
then	poi
again	di nuovo
always	sempre
never	mai
often	spesso
sometimes	a volte
usually	di solito
already	già
still	ancora
yet	ancora
soon	presto
just	solo
even	anche
almost	quasi
quite	abbastanza
rather	piuttosto
together	insieme
alone	da solo
else	altro
otherwise	altrimenti
however	tuttavia
therefore	pertanto
also available	disponibile anche
yes	sì
ok	va bene
okay	va bene
thanks	grazie
thank you	grazie
thank you very much	grazie mille
many thanks	grazie mille
please	per favore
sorry	spiacenti
we apologise	ci scusiamo
we apologize	ci scusiamo
we apologise for any inconvenience	ci scusiamo per il disagio
we apologize for any inconvenience	ci scusiamo per il disagio
sorry for the inconvenience	ci scusiamo per il disagio
excuse me	mi scusi
welcome	benvenuti
welcome to	benvenuti a
hello	ciao
goodbye	arrivederci
good morning	buongiorno
good afternoon	buon pomeriggio
good evening	buonasera
good night	buonanotte
see you soon	a presto
have a nice day	buona giornata
enjoy your meal	buon appetito
enjoy your stay	buon soggiorno
enjoy your visit	buona visita
happy birthday	buon compleanno
merry christmas	buon natale
happy new year	buon anno
happy easter	buona pasqua
is	è
are	sono
was	era
were	erano
be	essere
been	stato
being	essendo
has	ha
have	avere
had	aveva
do	fare
does	fa
did	ha fatto
will	sarà
will be	sarà
would	sarebbe
can	potere
could	potrebbe
may	può
might	potrebbe
must	dovere
should	dovrebbe
shall	deve
need to	avere bisogno di
have to	dovere
has to	deve
is not	non è
are not	non sono
isn't	non è
aren't	non sono
don't	non
do not	non
does not	non
doesn't	non
did not	non
cannot	non si può
can't	non si può
can not	non si può
must not	non deve
mustn't	non deve
should not	non dovrebbe
will not	non
won't	non
may not	non può
it is	è
it's	è
we are	siamo
we're	siamo
you are	siete
you're	siete
we will	noi
we'll	noi
let's	andiamo
zero	zero
one	uno
two	due
three	tre
four	quattro
five	cinque
six	sei
seven	sette
eight	otto
nine	nove
ten	dieci
eleven	undici
twelve	dodici
thirteen	tredici
fourteen	quattordici
fifteen	quindici
sixteen	sedici
seventeen	diciassette
eighteen	diciotto
nineteen	diciannove
twenty	venti
thirty	trenta
forty	quaranta
fifty	cinquanta
sixty	sessanta
seventy	settanta
eighty	ottanta
ninety	novanta
hundred	cento
a hundred	cento
one hundred	cento
thousand	mille
a thousand	mille
million	milione
half	mezzo
a half	mezzo
quarter	quarto
a quarter	un quarto
double	doppio
single	singolo
first	primo
second	secondo
third	terzo
fourth	quarto
fifth	quinto
sixth	sesto
seventh	settimo
eighth	ottavo
ninth	nono
tenth	decimo
last	ultimo
next	prossimo
previous	precedente
number	numero
numbers	numeri
once	una volta
twice	due volte
times	volte
time	ora
times of	orari di
monday	lunedì
tuesday	martedì
wednesday	mercoledì
thursday	giovedì
friday	venerdì
saturday	sabato
sunday	domenica
mon	lun
tue	mar
tues	mar
wed	mer
thu	gio
thur	gio
thurs	gio
fri	ven
sat	sab
sun	dom
mondays	il lunedì
tuesdays	il martedì
wednesdays	il mercoledì
thursdays	il giovedì
fridays	il venerdì
saturdays	il sabato
sundays	la domenica
on mondays	il lunedì
on tuesdays	il martedì
on wednesdays	il mercoledì
on thursdays	il giovedì
on fridays	il venerdì
on saturdays	il sabato
on sundays	la domenica
on monday	lunedì
on tuesday	martedì
on wednesday	mercoledì
on thursday	giovedì
on friday	venerdì
on saturday	sabato
on sunday	domenica
monday to friday	dal lunedì al venerdì
monday to saturday	dal lunedì al sabato
monday to sunday	dal lunedì alla domenica
monday to thursday	dal lunedì al giovedì
tuesday to sunday	dal martedì alla domenica
tuesday to saturday	dal martedì al sabato
from monday to friday	dal lunedì al venerdì
from monday to saturday	dal lunedì al sabato
from tuesday to sunday	dal martedì alla domenica
mon to fri	lun-ven
mon to sat	lun-sab
weekdays	giorni feriali
on weekdays	nei giorni feriali
working days	giorni lavorativi
weekend	fine settimana
weekends	fine settimana
at weekends	nel fine settimana
on weekends	nel fine settimana
saturday and sunday	sabato e domenica
sundays and public holidays	domenica e festivi
sundays and holidays	domenica e festivi
public holiday	giorno festivo
public holidays	giorni festivi
bank holiday	giorno festivo
bank holidays	giorni festivi
holiday	vacanze
holidays	vacanze
school holidays	vacanze scolastiche
day	giorno
days	giorni
week	settimana
weeks	settimane
month	mese
months	mesi
year	anno
years	anni
hour	ora
hours	ore
hr	h
hrs	h
minute	minuto
minutes	minuti
min	min
mins	min
seconds	secondi
moment	momento
morning	mattina
mornings	mattine
afternoon	pomeriggio
afternoons	pomeriggi
evening	sera
evenings	sere
night	notte
nights	notti
midnight	mezzanotte
noon	mezzogiorno
midday	mezzogiorno
lunchtime	ora di pranzo
lunch break	pausa pranzo
in the morning	di mattina
in the afternoon	di pomeriggio
in the evening	di sera
at night	di notte
today	oggi
tonight	stasera
tomorrow	domani
yesterday	ieri
day after tomorrow	dopodomani
daily	tutti i giorni
open daily	aperto tutti i giorni
every day	tutti i giorni
everyday	tutti i giorni
weekly	settimanale
every week	ogni settimana
monthly	mensile
yearly	annuale
annual	annuale
hourly	ogni ora
every hour	ogni ora
every 10 minutes	ogni 10 minuti
every 15 minutes	ogni 15 minuti
every 30 minutes	ogni 30 minuti
all day	tutto il giorno
all night	tutta la notte
all year	tutto l'anno
all year round	tutto l'anno
24 hours	24 ore
24 hours a day	24 ore su 24
open 24 hours	aperto 24 ore su 24
around the clock	24 ore su 24
at any time	in qualsiasi momento
at all times	in ogni momento
anytime	in qualsiasi momento
from time to time	di tanto in tanto
on time	in orario
in time	in tempo
early	presto
late	in ritardo
later	più tardi
earlier	prima
recently	recentemente
shortly	a breve
coming soon	prossimamente
opening soon	prossima apertura
now open	ora aperto
reopening	riapertura
grand opening	grande inaugurazione
season	stagione
seasons	stagioni
spring	primavera
summer	estate
autumn	autunno
fall	autunno
winter	inverno
summer hours	orario estivo
winter hours	orario invernale
high season	alta stagione
low season	bassa stagione
january	gennaio
february	febbraio
march	marzo
april	aprile
june	giugno
july	luglio
august	agosto
september	settembre
october	ottobre
november	novembre
december	dicembre
jan	gen
feb	feb
mar	mar
apr	apr
jun	giu
jul	lug
aug	ago
sep	set
sept	set
oct	ott
nov	nov
dec	dic
christmas	natale
christmas eve	vigilia di natale
christmas day	giorno di natale
new year	capodanno
new year's day	capodanno
new year's eve	san silvestro
easter	pasqua
easter monday	lunedì dell'angelo
good friday	venerdì santo
date	data
dates	date
date of issue	data di emissione
expiry date	data di scadenza
best before	da consumarsi preferibilmente entro
use by	da consumarsi entro
valid until	valido fino al
valid from	valido dal
valid for	valido per
from today	da oggi
until further notice	fino a nuovo avviso
temporarily	temporaneamente
temporarily closed	chiuso temporaneamente
permanently closed	chiuso definitivamente
closed today	chiuso oggi
open today	aperto oggi
closed for holidays	chiuso per ferie
closed for the holidays	chiuso per ferie
closed for lunch	chiuso per pranzo
closed on sundays	chiuso la domenica
closed on mondays	chiuso il lunedì
closed on public holidays	chiuso nei giorni festivi
open on sundays	aperto la domenica
back in 5 minutes	torno tra 5 minuti
back in 10 minutes	torno tra 10 minuti
back soon	torno subito
be right back	torno subito
opening hours	orari di apertura
opening times	orari di apertura
business hours	orario di apertura
office hours	orario d'ufficio
visiting hours	orario delle visite
visiting times	orari di visita
consultation hours	orario di ricevimento
timetable	orario
timetables	orari
schedule	orario
opening	apertura
closing	chiusura
closing time	orario di chiusura
closing day	giorno di chiusura
closing days	giorni di chiusura
day off	giorno di riposo
rest day	giorno di riposo
last admission	ultimo ingresso
last entry	ultimo ingresso
last orders	ultime ordinazioni
before closing	prima della chiusura
before closing time	prima dell'orario di chiusura
am	h
pm	h
o'clock	in punto
half past	e mezza
quarter past	e un quarto
quarter to	meno un quarto
open from	aperto dalle
open until	aperto fino alle
closed from	chiuso dal
closed until	chiuso fino al
duration	durata
delay	ritardo
delays	ritardi
delayed	in ritardo
waiting time	tempo di attesa
approx	circa
approximately	circa
maximum	massimo
max	max.
minimum	minimo
at least	almeno
at most	al massimo
more than	più di
less than	meno di
per day	al giorno
per hour	all'ora
per person	a persona
per night	a notte
per week	a settimana
per month	al mese
a day	al giorno
an hour	all'ora
a week	a settimana
left	sinistra
right	destra
on the left	a sinistra
on the right	a destra
to the left	a sinistra
to the right	a destra
turn left	girare a sinistra
turn right	girare a destra
keep left	tenere la sinistra
keep right	tenere la destra
stand on the right	tenere la destra
walk on the left	camminare a sinistra
straight on	sempre dritto
straight ahead	sempre dritto
go straight	proseguire dritto
ahead	avanti
forward	avanti
back	indietro
backwards	all'indietro
up	su
down	giù
upstairs	al piano di sopra
downstairs	al piano di sotto
this way	da questa parte
that way	da quella parte
this way up	alto
way	via
way in	entrata
way out	uscita
way out only	solo uscita
no way out	nessuna uscita
direction	direzione
directions	indicazioni
in the direction of	in direzione di
follow	seguire
follow the signs	seguire le indicazioni
follow signs	seguire le indicazioni
follow signs for	seguire le indicazioni per
follow the arrows	seguire le frecce
follow the green line	seguire la linea verde
arrow	freccia
arrows	frecce
north	nord
south	sud
east	est
west	ovest
northern	settentrionale
southern	meridionale
eastern	orientale
western	occidentale
centre	centro
center	centro
city centre	centro città
city center	centro città
town centre	centro città
town center	centro città
old town	centro storico
historic centre	centro storico
all directions	tutte le direzioni
other directions	altre direzioni
entrance	ingresso
entrances	ingressi
main entrance	ingresso principale
side entrance	ingresso laterale
rear entrance	ingresso posteriore
back entrance	ingresso posteriore
front entrance	ingresso principale
staff entrance	ingresso del personale
visitor entrance	ingresso visitatori
no entrance	vietato l'ingresso
entry	ingresso
exit	uscita
exits	uscite
no exit	nessuna uscita
exit only	solo uscita
entrance only	solo ingresso
entry only	solo ingresso
out	uscita
emergency exit	uscita di emergenza
emergency exits	uscite di emergenza
fire exit	uscita antincendio
fire exits	uscite antincendio
escape route	via di fuga
escape routes	vie di fuga
floor	piano
floors	piani
ground floor	piano terra
first floor	primo piano
second floor	secondo piano
third floor	terzo piano
fourth floor	quarto piano
fifth floor	quinto piano
top floor	ultimo piano
upper floor	piano superiore
upper floors	piani superiori
lower floor	piano inferiore
basement	seminterrato
mezzanine	mezzanino
level	livello
levels	livelli
storey	piano
on the first floor	al primo piano
on the second floor	al secondo piano
on the ground floor	al piano terra
in the basement	nel seminterrato
stairs	scale
staircase	scala
stairway	scala
steps	gradini
step	gradino
mind the step	attenzione al gradino
mind the steps	attenzione ai gradini
watch your step	attenzione al gradino
use the stairs	usare le scale
escalator	scala mobile
escalators	scale mobili
lift	ascensore
lifts	ascensori
elevator	ascensore
elevators	ascensori
ramp	rampa
corridor	corridoio
hallway	corridoio
hall	sala
room	sala
rooms	sale
door	porta
doors	porte
gate	cancello
gates	cancelli
window	finestra
windows	finestre
wall	muro
roof	tetto
building	edificio
buildings	edifici
block	blocco
wing	ala
north wing	ala nord
south wing	ala sud
east wing	ala est
west wing	ala ovest
courtyard	cortile
yard	cortile
garden	giardino
gardens	giardini
terrace	terrazza
balcony	balcone
roof terrace	terrazza sul tetto
lobby	atrio
foyer	atrio
reception	reception
front desk	reception
information	informazioni
information desk	banco informazioni
information point	punto informazioni
tourist information	informazioni turistiche
tourist office	ufficio turistico
help desk	assistenza
meeting point	punto d'incontro
assembly point	punto di raccolta
waiting room	sala d'attesa
waiting area	area di attesa
toilet	bagno
toilets	servizi igienici
restroom	bagno
restrooms	servizi igienici
bathroom	bagno
washroom	bagno
lavatory	gabinetto
wc	WC
ladies	donne
gents	uomini
gentlemen	signori
men	uomini
women	donne
men's toilets	bagno uomini
women's toilets	bagno donne
ladies toilets	bagno donne
accessible toilet	bagno per disabili
disabled toilet	bagno per disabili
baby changing	fasciatoio
baby changing room	nursery
changing room	spogliatoio
changing rooms	spogliatoi
fitting room	camerino
fitting rooms	camerini
cloakroom	guardaroba
locker	armadietto
lockers	armadietti
left luggage	deposito bagagli
luggage storage	deposito bagagli
lost property	oggetti smarriti
lost and found	oggetti smarriti
lost property office	ufficio oggetti smarriti
office	ufficio
offices	uffici
kitchen	cucina
storeroom	magazzino
store room	magazzino
storage	deposito
warehouse	magazzino
boiler room	locale caldaia
plant room	locale tecnico
machine room	sala macchine
server room	sala server
meeting room	sala riunioni
conference room	sala conferenze
classroom	aula
lecture hall	aula magna
staff room	sala del personale
first aid room	sala di primo soccorso
prayer room	sala di preghiera
smoking area	area fumatori
smoking room	sala fumatori
non-smoking area	area non fumatori
play area	area giochi
playground	parco giochi
picnic area	area picnic
rest area	area di sosta
service area	area di servizio
area	area
areas	aree
zone	zona
section	sezione
sector	settore
side	lato
front	parte anteriore
rear	retro
at the rear	sul retro
at the back	sul retro
at the front	davanti
at the end	in fondo
at the end of the corridor	in fondo al corridoio
end	fine
beginning	inizio
start	inizio
finish	arrivo
middle	mezzo
corner	angolo
around the corner	dietro l'angolo
top	alto
bottom	basso
pull	tirare
push	spingere
push to open	spingere per aprire
pull to open	tirare per aprire
press	premere
press button	premere il pulsante
press the button	premere il pulsante
press to open	premere per aprire
press button to open	premere il pulsante per aprire
press button for assistance	premere il pulsante per assistenza
ring the bell	suonare il campanello
please ring	suonare
please ring the bell	si prega di suonare il campanello
please knock	bussare
knock	bussare
doorbell	campanello
bell	campanello
automatic door	porta automatica
automatic doors	porte automatiche
sliding door	porta scorrevole
revolving door	porta girevole
door opens automatically	la porta si apre automaticamente
keep door closed	tenere la porta chiusa
keep this door closed	tenere chiusa questa porta
keep door shut	tenere la porta chiusa
keep door locked	tenere la porta chiusa a chiave
please close the door	si prega di chiudere la porta
please close the gate	si prega di chiudere il cancello
please shut the gate	si prega di chiudere il cancello
keep gate closed	tenere il cancello chiuso
do not block	non bloccare
do not block the door	non bloccare la porta
do not obstruct	non ostruire
keep clear	lasciare libero
keep exit clear	lasciare libera l'uscita
keep clear at all times	lasciare sempre libero
fire door	porta tagliafuoco
fire door keep shut	porta tagliafuoco, tenere chiusa
fire door keep closed	porta tagliafuoco, tenere chiusa
no smoking	vietato fumare
no smoking area	area non fumatori
smoking prohibited	vietato fumare
smoking is prohibited	è vietato fumare
smoking is not permitted	non è consentito fumare
smoking is not allowed	non è consentito fumare
smoking	fumare
non-smoking	non fumatori
smokers	fumatori
smoke free	libero dal fumo
no vaping	vietato svapare
no e-cigarettes	vietate le sigarette elettroniche
no entry	vietato l'accesso
no access	vietato l'accesso
no admittance	vietato l'ingresso
no admission	ingresso vietato
no entry for unauthorised persons	vietato l'accesso ai non autorizzati
no unauthorised access	vietato l'accesso non autorizzato
no unauthorized access	vietato l'accesso non autorizzato
authorised personnel only	solo personale autorizzato
authorized personnel only	solo personale autorizzato
staff only	solo personale
employees only	solo dipendenti
members only	riservato ai soci
residents only	riservato ai residenti
guests only	riservato agli ospiti
customers only	riservato ai clienti
patrons only	riservato ai clienti
for customers only	riservato ai clienti
for guests only	riservato agli ospiti
for staff only	riservato al personale
private	privato
private property	proprietà privata
private road	strada privata
private parking	parcheggio privato
private area	area privata
no trespassing	vietato l'accesso
trespassers will be prosecuted	i trasgressori saranno perseguiti
violators will be prosecuted	i trasgressori saranno perseguiti
offenders will be prosecuted	i trasgressori saranno perseguiti
keep out	vietato entrare
do not enter	non entrare
no parking	divieto di sosta
no parking at any time	divieto di sosta permanente
no parking in front of the gate	divieto di sosta davanti al cancello
no stopping	divieto di fermata
no waiting	divieto di sosta
no u-turn	divieto di inversione
no overtaking	divieto di sorpasso
no left turn	divieto di svolta a sinistra
no right turn	divieto di svolta a destra
no through road	strada senza uscita
no thoroughfare	divieto di transito
no through traffic	divieto di transito
no vehicles	divieto di transito ai veicoli
no cars	vietato alle auto
no motor vehicles	vietato ai veicoli a motore
no cycling	vietato andare in bicicletta
no bicycles	vietato alle biciclette
no bikes	vietato alle biciclette
no skateboarding	vietato lo skateboard
no skating	vietato pattinare
no scooters	vietati i monopattini
no dogs	vietato l'ingresso ai cani
no dogs allowed	cani non ammessi
no pets	animali non ammessi
no pets allowed	animali non ammessi
no animals	vietato l'ingresso agli animali
dogs allowed	cani ammessi
pets allowed	animali ammessi
dogs welcome	cani benvenuti
guide dogs only	solo cani guida
except guide dogs	eccetto cani guida
dogs must be kept on a lead	i cani devono essere tenuti al guinzaglio
dogs must be kept on a leash	i cani devono essere tenuti al guinzaglio
keep dogs on a lead	tenere i cani al guinzaglio
keep your dog on a lead	tenere il cane al guinzaglio
please clean up after your dog	raccogliere gli escrementi del cane
no dog fouling	vietato lasciare escrementi di cani
dog fouling	escrementi di cani
no fishing	vietato pescare
no swimming	divieto di balneazione
no bathing	divieto di balneazione
no diving	vietato tuffarsi
no jumping	vietato saltare
no running	vietato correre
no climbing	vietato arrampicarsi
no ball games	vietato giocare a palla
no playing	vietato giocare
no camping	campeggio vietato
no fires	vietato accendere fuochi
no open fires	vietato accendere fuochi
no barbecues	vietato fare barbecue
no litter	vietato gettare rifiuti
no littering	vietato gettare rifiuti
no dumping	vietato scaricare rifiuti
no fly tipping	vietato abbandonare rifiuti
no food	vietato il cibo
no food or drink	vietato consumare cibi e bevande
no food or drinks	vietato consumare cibi e bevande
no food and drink	vietato consumare cibi e bevande
no eating	vietato mangiare
no drinking	vietato bere
no alcohol	vietato l'alcol
no glass	vietato il vetro
no glass bottles	vietate le bottiglie di vetro
no outside food	vietato introdurre cibo dall'esterno
no photography	vietato fotografare
no photographs	vietato fotografare
no photos	vietato fotografare
no flash	vietato il flash
no flash photography	vietato fotografare con il flash
no filming	vietato filmare
no video	vietato filmare
no mobile phones	vietato l'uso dei cellulari
no phones	vietati i telefoni
no touching	vietato toccare
do not touch	non toccare
please do not touch	si prega di non toccare
please do not touch the exhibits	si prega di non toccare le opere esposte
do not touch the exhibits	non toccare le opere esposte
no noise	vietato fare rumore
no loud music	vietata la musica ad alto volume
quiet please	silenzio, per favore
silence please	silenzio, per favore
please be quiet	si prega di fare silenzio
please keep quiet	si prega di fare silenzio
silence	silenzio
quiet	silenzio
quiet zone	zona silenziosa
quiet area	zona silenziosa
quiet carriage	carrozza silenziosa
no hawkers	vietato il commercio ambulante
no street vending	vietato il commercio ambulante
no begging	vietato l'accattonaggio
no advertising	vietata la pubblicità
no junk mail	niente pubblicità
no flyers	niente volantini
no bill posting	divieto di affissione
stick no bills	divieto di affissione
no graffiti	vietati i graffiti
no weapons	vietate le armi
no firearms	vietate le armi da fuoco
no drugs	vietate le droghe
no shoes	senza scarpe
no shirt no shoes no service	senza maglietta né scarpe niente servizio
no children	vietato ai bambini
no under 18s	vietato ai minori di 18 anni
no under 16s	vietato ai minori di 16 anni
adults only	solo adulti
over 18s only	solo maggiori di 18 anni
strictly prohibited	severamente vietato
strictly forbidden	severamente vietato
it is forbidden to	è vietato
it is prohibited to	è vietato
is prohibited	è vietato
is forbidden	è vietato
is not allowed	non è consentito
is not permitted	non è consentito
are not allowed	non sono ammessi
are not permitted	non sono ammessi
are prohibited	sono vietati
are welcome	sono benvenuti
not allowed	non consentito
not permitted	non consentito
is allowed	è consentito
is permitted	è consentito
permitted	consentito
allowed	consentito
prohibited	vietato
forbidden	vietato
banned	vietato
not allowed to	non è consentito
prohibition	divieto
ban	divieto
obligatory	obbligatorio
mandatory	obbligatorio
compulsory	obbligatorio
required	richiesto
must be worn	è obbligatorio indossare
must be	deve essere
must be kept	devono essere tenuti
must be accompanied	devono essere accompagnati
must be accompanied by an adult	devono essere accompagnati da un adulto
children must be accompanied by an adult	i bambini devono essere accompagnati da un adulto
under 16s must be accompanied by an adult	i minori di 16 anni devono essere accompagnati da un adulto
children under	bambini sotto i
children under 12	bambini sotto i 12 anni
unaccompanied children	bambini non accompagnati
parents are responsible for their children	i genitori sono responsabili dei propri figli
parents are responsible	i genitori sono responsabili
use at your own risk	uso a proprio rischio
at your own risk	a proprio rischio
enter at your own risk	ingresso a proprio rischio
swim at your own risk	balneazione a proprio rischio
park at your own risk	parcheggio a proprio rischio
we are not responsible	non ci assumiamo responsabilità
not responsible for lost or stolen items	non siamo responsabili di oggetti smarriti o rubati
the management is not responsible	la direzione non è responsabile
keep off the grass	vietato calpestare l'erba
please keep off the grass	si prega di non calpestare l'erba
keep off	non calpestare
do not walk on the grass	non calpestare l'erba
do not feed the animals	non dare da mangiare agli animali
please do not feed the animals	si prega di non dare da mangiare agli animali
do not feed the birds	non dare da mangiare agli uccelli
do not feed the ducks	non dare da mangiare alle anatre
do not feed	non dare da mangiare
do not disturb	non disturbare
please do not disturb	si prega di non disturbare
do not lean	non appoggiarsi
do not lean on the doors	non appoggiarsi alle porte
do not lean out of the window	non sporgersi dal finestrino
do not sit	non sedersi
do not stand	non sostare
do not climb	non arrampicarsi
do not cross	non attraversare
do not cross the tracks	non attraversare i binari
do not run	non correre
do not smoke	non fumare
do not park	non parcheggiare
do not park here	non parcheggiare qui
do not leave	non lasciare
do not leave bags unattended	non lasciare i bagagli incustoditi
do not leave your luggage unattended	non lasciate i bagagli incustoditi
do not leave valuables in your car	non lasciare oggetti di valore in auto
do not leave valuables in your vehicle	non lasciare oggetti di valore nel veicolo
leave no valuables in your car	non lasciare oggetti di valore in auto
unattended bags will be removed	i bagagli incustoditi verranno rimossi
unattended	incustodito
do not use	non usare
do not use in case of fire	non usare in caso di incendio
do not use the lift in case of fire	non usare l'ascensore in caso di incendio
in case of fire do not use the lift	in caso di incendio non usare l'ascensore
in case of fire	in caso di incendio
in case of emergency	in caso di emergenza
in an emergency	in caso di emergenza
in the event of fire	in caso di incendio
in the event of an emergency	in caso di emergenza
do not throw	non gettare
do not throw rubbish	non gettare rifiuti
do not flush	non gettare nel wc
please do not flush paper towels	non gettare salviette nel wc
do not drink	non bere
do not block the entrance	non bloccare l'ingresso
do not block the exit	non bloccare l'uscita
do not block the driveway	non bloccare il passo carrabile
do not open	non aprire
do not open the door	non aprire la porta
do not open the window	non aprire la finestra
do not remove	non rimuovere
do not move	non spostare
do not switch off	non spegnere
do not operate	non azionare
do not stack	non impilare
do not step	non calpestare
do not step on	non calpestare
do not pick the flowers	non raccogliere i fiori
do not litter	non gettare rifiuti
do not disturb the wildlife	non disturbare la fauna
no exceptions	nessuna eccezione
without exception	senza eccezioni
no exit for cars	nessuna uscita per le auto
entry prohibited	ingresso vietato
access prohibited	accesso vietato
access denied	accesso negato
restricted area	area riservata
restricted access	accesso limitato
controlled area	zona controllata
reserved	riservato
reserved for	riservato a
reserved for disabled people	riservato alle persone disabili
reserved for disabled	riservato ai disabili
reserved for the elderly	riservato agli anziani
reserved for pregnant women	riservato alle donne in gravidanza
priority seat	posto riservato
priority seats	posti riservati
priority seating	posti riservati
please give up this seat	si prega di cedere questo posto
please give up your seat	si prega di cedere il posto
if you are able	se potete
for people who need it	per chi ne ha bisogno
rules	regole
regulations	regolamento
rule	regola
house rules	regolamento interno
park rules	regolamento del parco
pool rules	regolamento della piscina
by order	per ordine
by order of the management	per ordine della direzione
by law	per legge
the management	la direzione
management	direzione
warning	avvertenza
notice	avviso
important notice	avviso importante
public notice	avviso al pubblico
please note	si prega di notare
note	nota
attention	attenzione
important	importante
please read	si prega di leggere
read carefully	leggere attentamente
please read carefully	si prega di leggere attentamente
thank you for your cooperation	grazie per la collaborazione
thank you for your understanding	grazie per la comprensione
thank you for your patience	grazie per la pazienza
thank you for your visit	grazie per la visita
thank you for visiting	grazie per la visita
thank you for shopping with us	grazie per aver acquistato da noi
thank you for not smoking	grazie per non fumare
thank you for your help	grazie per l'aiuto
thank you for choosing	grazie per aver scelto
danger	pericolo
dangerous	pericoloso
danger of death	pericolo di morte
caution	attenzione
careful	attenzione
be careful	fate attenzione
take care	fate attenzione
beware	attenzione
beware of the dog	attenti al cane
beware of pickpockets	attenzione ai borseggiatori
mind	attenzione a
mind your head	attenzione alla testa
mind the gap	attenzione allo spazio tra treno e banchina
mind the gap between the train and the platform	attenzione allo spazio tra il treno e la banchina
mind your fingers	attenzione alle dita
mind the doors	attenzione alle porte
hazard	pericolo
hazards	pericoli
risk	rischio
risk of	rischio di
risk of falling	rischio di caduta
risk of fire	rischio di incendio
risk of electric shock	rischio di scossa elettrica
fire risk	rischio di incendio
wet floor	pavimento bagnato
caution wet floor	attenzione, pavimento bagnato
slippery	scivoloso
slippery floor	pavimento scivoloso
slippery surface	superficie scivolosa
slippery when wet	scivoloso se bagnato
slippery road	strada sdrucciolevole
icy	ghiacciato
ice	ghiaccio
black ice	ghiaccio sulla strada
falling rocks	caduta massi
falling objects	caduta di oggetti
deep water	acque profonde
strong currents	forti correnti
high voltage	alta tensione
danger high voltage	pericolo alta tensione
electricity	elettricità
electrical	elettrico
electric	elettrico
electric shock	scossa elettrica
live wires	cavi in tensione
flammable	infiammabile
highly flammable	altamente infiammabile
explosive	esplosivo
toxic	tossico
poison	veleno
poisonous	velenoso
corrosive	corrosivo
hot	caldo
hot surface	superficie calda
hot water	acqua calda
cold water	acqua fredda
very hot	molto caldo
sharp	tagliente
fragile	fragile
handle with care	maneggiare con cura
heavy	pesante
heavy load	carico pesante
low ceiling	soffitto basso
low bridge	ponte basso
low clearance	altezza limitata
uneven surface	superficie irregolare
uneven ground	terreno irregolare
steep	ripido
steep slope	pendenza ripida
steep drop	strapiombo
cliff	scogliera
cliff edge	bordo della scogliera
keep away from the edge	stare lontano dal bordo
keep away	stare lontano
keep away from	stare lontano da
keep back	stare indietro
stand back	stare indietro
stand clear	allontanarsi
stand clear of the doors	allontanarsi dalle porte
stand behind the yellow line	restare dietro la linea gialla
keep behind the yellow line	restare dietro la linea gialla
keep children away	tenere lontano dai bambini
keep out of reach of children	tenere fuori dalla portata dei bambini
fire	incendio
fires	incendi
fire alarm	allarme antincendio
fire alarm call point	pulsante di allarme antincendio
fire extinguisher	estintore
fire extinguishers	estintori
extinguisher	estintore
fire hose	idrante
fire hydrant	idrante
fire blanket	coperta antifiamma
fire brigade	vigili del fuoco
fire department	vigili del fuoco
fire station	caserma dei vigili del fuoco
firefighters	vigili del fuoco
fire assembly point	punto di raccolta antincendio
fire escape	scala antincendio
fire procedure	procedura antincendio
fire action	istruzioni antincendio
if you discover a fire	se scoprite un incendio
raise the alarm	date l'allarme
sound the alarm	attivate l'allarme
on hearing the alarm	quando sentite l'allarme
leave the building	lasciate l'edificio
leave the building immediately	lasciate immediatamente l'edificio
by the nearest exit	dall'uscita più vicina
nearest exit	uscita più vicina
do not stop to collect belongings	non fermatevi a raccogliere i vostri effetti personali
do not return	non rientrate
do not re-enter	non rientrare
do not re-enter the building	non rientrare nell'edificio
until told it is safe	finché non vi viene detto che è sicuro
alarm	allarme
alarms	allarmi
alarm system	sistema di allarme
this door is alarmed	questa porta è allarmata
door alarmed	porta allarmata
emergency	emergenza
emergencies	emergenze
emergency only	solo emergenza
for emergency use only	solo per uso di emergenza
emergency use only	solo per emergenza
emergency stop	arresto di emergenza
emergency button	pulsante di emergenza
emergency brake	freno di emergenza
emergency call	chiamata di emergenza
emergency number	numero di emergenza
emergency phone	telefono di emergenza
emergency telephone	telefono di emergenza
emergency services	servizi di emergenza
emergency lighting	illuminazione di emergenza
emergency vehicles	veicoli di emergenza
emergency vehicles only	solo veicoli di emergenza
emergency access	accesso di emergenza
emergency department	pronto soccorso
accident and emergency	pronto soccorso
evacuation	evacuazione
evacuation route	percorso di evacuazione
evacuate	evacuare
evacuation plan	piano di evacuazione
you are here	voi siete qui
break glass	rompere il vetro
break glass in case of emergency	rompere il vetro in caso di emergenza
break glass press here	rompere il vetro, premere qui
pull handle	tirare la maniglia
pull down	tirare verso il basso
first aid	primo soccorso
first aid kit	cassetta di pronto soccorso
first aid box	cassetta di pronto soccorso
first aider	addetto al primo soccorso
first aid station	posto di primo soccorso
defibrillator	defibrillatore
aed	DAE
eye wash	lavaocchi
eye wash station	stazione lavaocchi
safety	sicurezza
security	sicurezza
safety first	prima la sicurezza
for your safety	per la vostra sicurezza
for your own safety	per la vostra sicurezza
for safety reasons	per motivi di sicurezza
for security reasons	per motivi di sicurezza
safety instructions	istruzioni di sicurezza
safety information	informazioni di sicurezza
safety equipment	dispositivi di sicurezza
safety helmet	casco di sicurezza
safety helmets must be worn	obbligatorio il casco di protezione
hard hats must be worn	obbligatorio indossare il casco
hard hat area	zona con obbligo di casco
safety glasses	occhiali di sicurezza
safety goggles	occhiali protettivi
eye protection	protezione degli occhi
ear protection	protezione dell'udito
hearing protection	protezione dell'udito
protective clothing	indumenti protettivi
safety shoes	scarpe antinfortunistiche
safety footwear	calzature di sicurezza
gloves	guanti
wear gloves	indossare i guanti
high visibility	alta visibilità
high visibility vest	giubbotto ad alta visibilità
mask	mascherina
masks	mascherine
face mask	mascherina
face masks	mascherine
face covering	copertura del viso
masks must be worn	è obbligatorio indossare la mascherina
please wear a mask	si prega di indossare la mascherina
wear a mask	indossare la mascherina
keep your distance	mantenere la distanza
keep a safe distance	mantenere la distanza di sicurezza
social distancing	distanziamento sociale
wash your hands	lavarsi le mani
please wash your hands	si prega di lavarsi le mani
employees must wash hands	i dipendenti devono lavarsi le mani
hand sanitiser	gel igienizzante
hand sanitizer	gel igienizzante
sanitise your hands	igienizzare le mani
disinfect	disinfettare
hygiene	igiene
cctv	videosorveglianza
cctv in operation	area videosorvegliata
video surveillance	videosorveglianza
under video surveillance	videosorvegliato
this area is under video surveillance	quest'area è videosorvegliata
these premises are protected by cctv	questi locali sono videosorvegliati
surveillance	sorveglianza
camera	telecamera
cameras	telecamere
security cameras	telecamere di sicurezza
security guard	guardia giurata
security check	controllo di sicurezza
security control	controllo di sicurezza
bag check	controllo borse
bags may be searched	le borse possono essere controllate
guard dogs	cani da guardia
guard dogs on patrol	cani da guardia in servizio
alarm protected	protetto da allarme
construction	lavori
construction site	cantiere
building site	cantiere
under construction	in costruzione
work in progress	lavori in corso
works in progress	lavori in corso
men at work	lavori in corso
roadworks	lavori stradali
road works	lavori stradali
road works ahead	lavori in corso più avanti
works	lavori
maintenance	manutenzione
under maintenance	in manutenzione
maintenance work	lavori di manutenzione
repair	riparazione
repairs	riparazioni
under repair	in riparazione
renovation	ristrutturazione
closed for renovation	chiuso per ristrutturazione
closed for refurbishment	chiuso per lavori
closed for repairs	chiuso per riparazioni
closed for maintenance	chiuso per manutenzione
out of order	fuori servizio
out of service	fuori servizio
not in service	non in servizio
not in use	non in uso
in use	in uso
in operation	in funzione
out of use	fuori uso
broken	rotto
damaged	danneggiato
faulty	guasto
temporarily out of order	temporaneamente fuori servizio
wet paint	vernice fresca
fresh paint	vernice fresca
scaffolding	impalcatura
crane	gru
excavation	scavo
hole	buca
trench	trincea
debris	detriti
dust	polvere
noise	rumore
asbestos	amianto
gas	gas
gas leak	fuga di gas
smell of gas	odore di gas
smoke	fumo
smoke detector	rilevatore di fumo
carbon monoxide	monossido di carbonio
radiation	radiazioni
laser	laser
biohazard	rischio biologico
chemicals	prodotti chimici
oxygen	ossigeno
no naked flames	vietato usare fiamme libere
naked flames	fiamme libere
overhead	aereo
overhead cables	cavi aerei
overhead power lines	linee elettriche aeree
machinery	macchinari
moving parts	parti in movimento
forklift trucks	carrelli elevatori
vehicles reversing	veicoli in retromarcia
lifeguard	bagnino
lifeguard on duty	bagnino in servizio
no lifeguard on duty	nessun bagnino in servizio
life jacket	giubbotto di salvataggio
life jackets	giubbotti di salvataggio
lifebuoy	salvagente
life ring	salvagente
rescue	soccorso
help	aiuto
help point	punto di assistenza
help line	linea di assistenza
helpline	numero di assistenza
call	chiamare
call for help	chiamare aiuto
dial	componete
dial 112	chiamate il 112
call 112	chiamare il 112
call 999	chiamare il 999
call 911	chiamare il 911
ambulance	ambulanza
police	polizia
police station	stazione di polizia
police officer	agente di polizia
report	segnalare
report to	presentarsi a
please report to reception	si prega di presentarsi alla reception
all visitors must report to reception	tutti i visitatori devono presentarsi alla reception
all visitors must sign in	tutti i visitatori devono registrarsi
visitors must sign in	i visitatori devono registrarsi
report any suspicious behaviour	segnalate qualsiasi comportamento sospetto
suspicious	sospetto
suspicious package	pacco sospetto
see it say it sorted	se lo vedi, segnalalo
theft	furto
thieves	ladri
pickpockets	borseggiatori
pickpockets operate in this area	in questa zona operano borseggiatori
watch your belongings	attenzione ai vostri effetti personali
keep your belongings with you	tenete con voi i vostri effetti personali
keep your belongings with you at all times	tenete sempre con voi i vostri effetti personali
belongings	effetti personali
personal belongings	effetti personali
valuables	oggetti di valore
station	stazione
stations	stazioni
train station	stazione ferroviaria
railway station	stazione ferroviaria
railway	ferrovia
railroad	ferrovia
central station	stazione centrale
main station	stazione centrale
bus station	stazione degli autobus
coach station	autostazione
metro station	stazione della metropolitana
underground station	stazione della metropolitana
subway station	stazione della metropolitana
tube station	stazione della metropolitana
train	treno
trains	treni
bus	autobus
buses	autobus
coach	pullman
coaches	pullman
tram	tram
trams	tram
metro	metropolitana
underground	metropolitana
subway	metropolitana
tube	metropolitana
taxi	taxi
taxis	taxi
taxi rank	posteggio taxi
taxi stand	posteggio taxi
ferry	traghetto
ferries	traghetti
boat	barca
boats	barche
ship	nave
port	porto
harbour	porto
harbor	porto
pier	molo
quay	banchina
dock	molo
marina	porto turistico
plane	aereo
airport	aeroporto
to the airport	per l'aeroporto
airline	compagnia aerea
flight	volo
flights	voli
terminal	terminal
boarding	imbarco
boarding pass	carta d'imbarco
boarding gate	gate d'imbarco
check-in	check-in
check-in desk	banco check-in
baggage	bagagli
luggage	bagagli
hand luggage	bagaglio a mano
carry-on	bagaglio a mano
baggage claim	ritiro bagagli
baggage reclaim	ritiro bagagli
baggage drop	consegna bagagli
bag drop	consegna bagagli
luggage trolley	carrello portabagagli
trolleys	carrelli
trolley	carrello
passport	passaporto
passports	passaporti
passport control	controllo passaporti
customs	dogana
nothing to declare	niente da dichiarare
goods to declare	merci da dichiarare
immigration	immigrazione
arrivals	arrivi
arrival	arrivo
departures	partenze
departure	partenza
domestic flights	voli nazionali
international flights	voli internazionali
connecting flights	voli in coincidenza
transfer	trasferimento
transfers	trasferimenti
connections	coincidenze
connection	coincidenza
platform	binario
platforms	binari
track	binario
tracks	binari
line	linea
lines	linee
route	percorso
routes	percorsi
stop	fermata
stops	fermate
bus stop	fermata dell'autobus
bus stops	fermate degli autobus
tram stop	fermata del tram
request stop	fermata a richiesta
next stop	prossima fermata
next station	prossima stazione
last stop	capolinea
terminus	capolinea
final destination	destinazione finale
destination	destinazione
destinations	destinazioni
journey	viaggio
trip	viaggio
travel	viaggiare
travellers	viaggiatori
travelers	viaggiatori
passenger	passeggero
passengers	passeggeri
passengers only	solo passeggeri
passengers must	i passeggeri devono
driver	conducente
drivers	conducenti
do not talk to the driver	non parlare al conducente
do not distract the driver	non distrarre il conducente
conductor	controllore
carriage	carrozza
carriages	carrozze
car	auto
cars	auto
seat	posto
seats	posti
seat reservation	prenotazione del posto
reserved seat	posto prenotato
first class	prima classe
second class	seconda classe
standard class	classe standard
business class	classe business
economy class	classe economica
dining car	carrozza ristorante
sleeper	vagone letto
ticket	biglietto
tickets	biglietti
ticket office	biglietteria
ticket machine	biglietteria automatica
ticket machines	biglietterie automatiche
ticket sales	vendita biglietti
ticket counter	biglietteria
tickets here	biglietti qui
single ticket	biglietto di sola andata
return ticket	biglietto di andata e ritorno
one way	sola andata
round trip	andata e ritorno
day ticket	biglietto giornaliero
day pass	abbonamento giornaliero
season ticket	abbonamento
travel card	tessera di viaggio
travelcard	tessera di viaggio
pass	abbonamento
valid ticket	biglietto valido
valid tickets	biglietti validi
validate	convalidare
validate your ticket	convalidate il biglietto
validate your ticket before boarding	convalidate il biglietto prima di salire
tickets must be validated	i biglietti devono essere convalidati
ticket validation	convalida biglietti
ticket inspection	controllo biglietti
ticket inspectors	controllori
fare	tariffa
fares	tariffe
fare evasion	evasione tariffaria
penalty fare	sanzione
exact fare	importo esatto
exact fare only	solo importo esatto
no change given	non si dà resto
board	salire
boarding here	imbarco qui
get on	salire
get off	scendere
alight	scendere
alight here	scendere qui
let passengers off first	lasciar scendere prima di salire
change	cambio
change here for	cambiare qui per
change trains	cambiare treno
cancelled	cancellato
canceled	cancellato
cancellation	cancellazione
diverted	deviato
diversion	deviazione
detour	deviazione
follow diversion	seguire la deviazione
replacement bus	bus sostitutivo
rail replacement bus	bus sostitutivo del treno
service	servizio
services	servizi
service suspended	servizio sospeso
no service	nessun servizio
strike	sciopero
night bus	autobus notturno
express	espresso
shuttle	navetta
shuttle bus	bus navetta
free shuttle	navetta gratuita
cable car	funivia
funicular	funicolare
chairlift	seggiovia
ski lift	impianto di risalita
road	strada
roads	strade
street	via
streets	vie
avenue	viale
square	piazza
lane	corsia
lanes	corsie
bus lane	corsia preferenziale
cycle lane	pista ciclabile
bike lane	pista ciclabile
cycle path	pista ciclabile
footpath	sentiero
path	sentiero
pavement	marciapiede
sidewalk	marciapiede
pedestrian	pedone
pedestrians	pedoni
pedestrian crossing	attraversamento pedonale
pedestrian zone	zona pedonale
pedestrians only	solo pedoni
crossing	attraversamento
level crossing	passaggio a livello
junction	incrocio
intersection	incrocio
crossroads	incrocio
roundabout	rotatoria
bridge	ponte
tunnel	galleria
motorway	autostrada
highway	autostrada
toll	pedaggio
toll road	strada a pedaggio
traffic	traffico
traffic lights	semaforo
traffic jam	ingorgo
one way street	strada a senso unico
one way traffic	senso unico
dead end	vicolo cieco
give way	dare precedenza
yield	dare precedenza
priority	precedenza
slow	piano
slow down	rallentare
dead slow	a passo d'uomo
drive slowly	guidare piano
drive carefully	guidare con prudenza
speed	velocità
speed limit	limite di velocità
speed camera	autovelox
maximum speed	velocità massima
mph	mph
accident	incidente
accidents	incidenti
breakdown	guasto
road closed	strada chiusa
street closed	strada chiusa
closed to traffic	chiuso al traffico
except for access	eccetto residenti
access only	solo accesso
except buses	eccetto autobus
except cyclists	eccetto ciclisti
except taxis	eccetto taxi
except deliveries	eccetto carico e scarico
loading	carico
unloading	scarico
loading bay	area di carico e scarico
loading zone	zona carico e scarico
loading and unloading	carico e scarico
loading and unloading only	solo carico e scarico
deliveries	consegne
delivery	consegna
deliveries only	solo consegne
goods entrance	ingresso merci
goods in	ricevimento merci
parking	parcheggio
car park	parcheggio
car parks	parcheggi
parking lot	parcheggio
parking garage	autorimessa
multi-storey car park	parcheggio multipiano
underground car park	parcheggio sotterraneo
underground parking	parcheggio sotterraneo
free parking	parcheggio gratuito
paid parking	parcheggio a pagamento
pay and display	pagare ed esporre il ticket
parking ticket	biglietto del parcheggio
parking tickets	biglietti del parcheggio
parking meter	parchimetro
parking permit	permesso di parcheggio
permit holders only	solo titolari di permesso
parking for customers only	parcheggio riservato ai clienti
customer parking	parcheggio clienti
visitor parking	parcheggio visitatori
disabled parking	parcheggio per disabili
parking space	posto auto
parking spaces	posti auto
spaces	posti
space	posto
full	completo
car park full	parcheggio completo
vacant	libero
spaces available	posti disponibili
tow away zone	zona rimozione forzata
vehicles will be towed	rimozione forzata
towed away	rimosso
clamping	ganasce
wheel clamping in operation	ganasce bloccaruote in uso
driveway	passo carrabile
keep driveway clear	lasciare libero il passo carrabile
entrance and exit	ingresso e uscita
garage	garage
petrol station	distributore di benzina
gas station	distributore di benzina
fuel	carburante
petrol	benzina
diesel	gasolio
unleaded	senza piombo
electric vehicle charging	ricarica veicoli elettrici
charging point	punto di ricarica
charging station	stazione di ricarica
car wash	autolavaggio
car hire	noleggio auto
car rental	autonoleggio
bicycle	bicicletta
bicycles	biciclette
bike	bici
bikes	bici
bike hire	noleggio bici
bike rental	noleggio biciclette
bicycle parking	parcheggio bici
bike parking	parcheggio bici
cyclists	ciclisti
cyclists dismount	ciclisti, scendere dalla bici
please dismount	si prega di scendere dalla bici
dismount	scendere
motorcycle	moto
motorcycles	moto
motorbikes	moto
scooter	monopattino
vehicle	veicolo
vehicles	veicoli
lorry	camion
lorries	camion
truck	camion
trucks	camion
van	furgone
heavy vehicles	veicoli pesanti
caravan	roulotte
motorhome	camper
motorhomes	camper
wheelchair	sedia a rotelle
wheelchairs	sedie a rotelle
wheelchair access	accesso per sedie a rotelle
wheelchair accessible	accessibile in sedia a rotelle
step-free access	accesso senza gradini
accessible	accessibile
accessibility	accessibilità
accessible entrance	ingresso accessibile
disabled	disabili
disabled access	accesso disabili
disabled people	persone disabili
people with reduced mobility	persone con mobilità ridotta
reduced mobility	mobilità ridotta
pushchairs	passeggini
pushchair	passeggino
prams	carrozzine
strollers	passeggini
buggies	passeggini
please fold pushchairs	si prega di chiudere i passeggini
open	aperto
closed	chiuso
we are open	siamo aperti
we are closed	siamo chiusi
we're open	siamo aperti
we're closed	siamo chiusi
sorry we're closed	spiacenti, siamo chiusi
sorry we are closed	spiacenti, siamo chiusi
come in we're open	entrate, siamo aperti
come in	entrate
please come in	prego, entrate
shop	negozio
shops	negozi
store	negozio
stores	negozi
shopping	shopping
shopping centre	centro commerciale
shopping center	centro commerciale
shopping mall	centro commerciale
mall	centro commerciale
department store	grande magazzino
supermarket	supermercato
market	mercato
markets	mercati
flea market	mercatino delle pulci
market day	giorno di mercato
bakery	panetteria
butcher	macelleria
butcher's	macelleria
fishmonger	pescheria
greengrocer	fruttivendolo
grocery	alimentari
grocer	alimentari
pastry shop	pasticceria
cake shop	pasticceria
pharmacy	farmacia
chemist	farmacia
chemist's	farmacia
drugstore	drogheria
duty pharmacy	farmacia di turno
pharmacy on duty	farmacia di turno
bookshop	libreria
bookstore	libreria
newsagent	edicola
newsstand	edicola
kiosk	chiosco
tobacconist	tabaccheria
florist	fioraio
hairdresser	parrucchiere
barber	barbiere
jeweller	gioielleria
jewelry	gioielli
optician	ottico
shoe shop	negozio di scarpe
clothes	abbigliamento
clothing	abbigliamento
fashion	moda
toys	giocattoli
toy shop	negozio di giocattoli
gift shop	negozio di souvenir
souvenirs	souvenir
souvenir shop	negozio di souvenir
hardware store	ferramenta
electronics	elettronica
laundry	lavanderia
launderette	lavanderia a gettoni
laundromat	lavanderia a gettoni
dry cleaner	lavasecco
dry cleaning	lavaggio a secco
off licence	enoteca
wine shop	enoteca
delicatessen	gastronomia
organic	biologico
organic products	prodotti biologici
local products	prodotti locali
homemade	fatto in casa
handmade	fatto a mano
fresh	fresco
fresh bread	pane fresco
sale	saldi
sales	saldi
on sale	in saldo
for sale	vendesi
for rent	affittasi
to let	affittasi
for hire	a noleggio
sold	venduto
sold out	esaurito
closing down sale	svendita totale per chiusura
clearance	svendita
clearance sale	svendita
everything must go	tutto deve sparire
offer	offerta
offers	offerte
special offer	offerta speciale
special offers	offerte speciali
discount	sconto
discounts	sconti
reduced	ridotto
reduction	riduzione
off	di sconto
up to 50% off	fino al 50% di sconto
half price	metà prezzo
buy one get one free	prendi due paghi uno
2 for 1	2 per 1
free	gratuito
free of charge	gratuito
for free	gratis
free entry	ingresso libero
free admission	ingresso gratuito
admission free	ingresso gratuito
free gift	omaggio
new	nuovo
new arrivals	nuovi arrivi
new collection	nuova collezione
best seller	più venduto
price	prezzo
prices	prezzi
price list	listino prezzi
price per kg	prezzo al kg
cost	costo
costs	costi
charge	costo
charges	costi
fee	tariffa
fees	tariffe
rate	tariffa
rates	tariffe
tariff	tariffa
total	totale
subtotal	subtotale
amount	importo
vat	IVA
including vat	IVA inclusa
excluding vat	IVA esclusa
tax	tassa
taxes	tasse
tax free	tax free
tax-free shopping	shopping tax free
duty free	duty free
included	incluso
not included	non incluso
service included	servizio incluso
service not included	servizio non incluso
service charge	costo del servizio
tip	mancia
tips	mance
tips welcome	mance gradite
pay	pagare
pay here	pagare qui
please pay here	si prega di pagare qui
pay at the counter	pagare al banco
pay at the till	pagare alla cassa
please pay at the till	si prega di pagare alla cassa
please pay before	si prega di pagare prima di
pay before you eat	pagare prima di mangiare
payment	pagamento
payments	pagamenti
method of payment	metodo di pagamento
payment methods	metodi di pagamento
pay by card	pagamento con carta
card payment	pagamento con carta
card payments	pagamenti con carta
card only	solo carta
cards only	solo carte
cash	contanti
cash only	solo contanti
no cash	niente contanti
cashless	senza contanti
cash desk	cassa
cash machine	bancomat
cashpoint	bancomat
atm	bancomat
tills	casse
checkout	cassa
checkouts	casse
self checkout	cassa self-service
self-service checkout	cassa automatica
cashier	cassiere
counter	banco
credit card	carta di credito
credit cards	carte di credito
debit card	carta di debito
credit cards accepted	si accettano carte di credito
we accept	accettiamo
we do not accept	non accettiamo
accepted	accettato
not accepted	non accettato
contactless	contactless
contactless payment	pagamento contactless
minimum spend	spesa minima
minimum card payment	pagamento minimo con carta
coins	monete
coin	moneta
coins only	solo monete
notes	banconote
banknotes	banconote
change machine	cambiamonete
exact change	importo esatto
exact change only	solo importo esatto
money	denaro
currency exchange	cambio valuta
bureau de change	ufficio cambi
exchange	cambio
exchange rate	tasso di cambio
euro	euro
euros	euro
pound	sterlina
pounds	sterline
dollar	dollaro
dollars	dollari
cent	centesimo
cents	centesimi
receipt	scontrino
receipts	scontrini
please keep your receipt	si prega di conservare lo scontrino
keep your receipt	conservate lo scontrino
invoice	fattura
bill	conto
the bill	il conto
refund	rimborso
refunds	rimborsi
no refunds	nessun rimborso
returns	resi
no returns	non si accettano resi
exchanges	cambi
no exchanges	non si effettuano cambi
no refunds or exchanges	non si accettano cambi né rimborsi
guarantee	garanzia
warranty	garanzia
satisfaction guaranteed	soddisfazione garantita
customer	cliente
customers	clienti
customer service	servizio clienti
customer services	servizio clienti
dear customers	gentili clienti
dear guests	gentili ospiti
dear visitors	gentili visitatori
dear passengers	gentili passeggeri
client	cliente
clients	clienti
shoplifters will be prosecuted	i taccheggiatori saranno denunciati
shoplifting	taccheggio
self service	self-service
please help yourself	servitevi pure
help yourself	servitevi
please wait to be served	si prega di attendere di essere serviti
please queue here	si prega di fare la fila qui
queue here	fare la fila qui
queue	coda
please wait here	si prega di attendere qui
wait here	attendere qui
please wait	si prega di attendere
please wait behind the line	si prega di attendere dietro la linea
wait behind the line	attendere dietro la linea
take a number	prendete un numero
take a ticket	prendete un biglietto
please take a ticket	si prega di prendere un biglietto
please take a number	si prega di prendere un numero
wait for your number	attendete il vostro numero
wait for your number to be called	attendete che venga chiamato il vostro numero
next please	avanti il prossimo
one at a time	uno alla volta
one customer at a time	un cliente alla volta
maximum 2 customers at a time	massimo 2 clienti alla volta
basket	cestino
baskets	cestini
shopping basket	cestino della spesa
shopping trolley	carrello della spesa
bag	borsa
bags	borse
plastic bag	sacchetto di plastica
plastic bags	sacchetti di plastica
paper bag	sacchetto di carta
bags for sale	sacchetti in vendita
please leave your bags here	si prega di lasciare qui le borse
item	articolo
items	articoli
product	prodotto
products	prodotti
goods	merci
stock	scorte
in stock	disponibile
out of stock	esaurito
available	disponibile
not available	non disponibile
unavailable	non disponibile
limited	limitato
limited edition	edizione limitata
limit	limite
quantity	quantità
maximum quantity	quantità massima
per customer	per cliente
size	taglia
sizes	taglie
small	piccolo
medium	medio
large	grande
extra large	extra large
weight	peso
kg	kg
litre	litro
litres	litri
gift	regalo
gifts	regali
gift card	carta regalo
gift voucher	buono regalo
voucher	buono
vouchers	buoni
coupon	coupon
loyalty card	carta fedeltà
membership	iscrizione
member	socio
members	soci
opening hours vary	gli orari possono variare
order	ordine
orders	ordini
order here	ordinare qui
collect here	ritirare qui
collection point	punto di ritiro
click and collect	ritiro in negozio
pick up	ritiro
pickup	ritiro
home delivery	consegna a domicilio
free delivery	consegna gratuita
takeaway	da asporto
take away	da asporto
to go	da portare via
eat in	da consumare sul posto
eat in or take away	da consumare sul posto o da asporto
bank	banca
banks	banche
branch	filiale
post office	ufficio postale
post	posta
mail	posta
letters	lettere
letter	lettera
parcel	pacco
parcels	pacchi
package	pacco
packages	pacchi
stamps	francobolli
stamp	francobollo
postbox	cassetta postale
letterbox	buca delle lettere
mailbox	cassetta della posta
last collection	ultima levata
next collection	prossima levata
collection times	orari di levata
hospital	ospedale
hospitals	ospedali
clinic	clinica
health centre	centro sanitario
health center	centro sanitario
medical centre	centro medico
doctor	medico
doctors	medici
dentist	dentista
nurse	infermiere
patient	paziente
patients	pazienti
patients only	solo pazienti
ward	reparto
outpatients	ambulatorio
appointment	appuntamento
appointments	appuntamenti
by appointment only	solo su appuntamento
by appointment	su appuntamento
no appointment necessary	non è necessario l'appuntamento
walk-in	senza appuntamento
medicine	medicina
medicines	medicinali
prescription	ricetta
prescriptions	ricette
blood	sangue
x-ray	radiologia
radiology	radiologia
maternity	maternità
pediatrics	pediatria
paediatrics	pediatria
surgery	chirurgia
intensive care	terapia intensiva
reception desk	banco della reception
school	scuola
schools	scuole
primary school	scuola elementare
secondary school	scuola media
high school	liceo
university	università
college	istituto
campus	campus
library	biblioteca
libraries	biblioteche
museum	museo
museums	musei
gallery	galleria
art gallery	galleria d'arte
exhibition	mostra
exhibitions	mostre
temporary exhibition	mostra temporanea
permanent exhibition	mostra permanente
exhibit	opera esposta
exhibits	opere esposte
collection	collezione
collections	collezioni
guided tour	visita guidata
guided tours	visite guidate
tour	visita
tours	visite
audio guide	audioguida
audio guides	audioguide
visit	visita
visitors	visitatori
visitor	visitatore
visitor centre	centro visitatori
visitor information	informazioni per i visitatori
visitors welcome	visitatori benvenuti
admission	ingresso
admission charge	prezzo d'ingresso
admission prices	prezzi d'ingresso
entrance fee	biglietto d'ingresso
entry fee	biglietto d'ingresso
adult	adulto
adults	adulti
child	bambino
children	bambini
kids	bambini
baby	neonato
babies	neonati
infant	neonato
infants	neonati
family	famiglia
families	famiglie
family ticket	biglietto famiglia
student	studente
students	studenti
senior	anziano
seniors	anziani
pensioners	pensionati
elderly	anziani
concessions	riduzioni
concession	ridotto
reduced price	prezzo ridotto
full price	prezzo intero
group	gruppo
groups	gruppi
group bookings	prenotazioni di gruppo
individual	individuale
person	persona
persons	persone
people	persone
under 5s	sotto i 5 anni
under 12s	sotto i 12 anni
under 18s	minori di 18 anni
free for children	gratuito per i bambini
years old	anni
age	età
id	documento
id required	documento richiesto
proof of age	prova dell'età
identity card	carta d'identità
church	chiesa
churches	chiese
cathedral	cattedrale
chapel	cappella
mosque	moschea
synagogue	sinagoga
temple	tempio
mass	messa
service times	orari delle funzioni
place of worship	luogo di culto
please dress appropriately	si prega di vestirsi in modo adeguato
cover your shoulders	coprire le spalle
dress code	codice di abbigliamento
castle	castello
palace	palazzo
tower	torre
monument	monumento
monuments	monumenti
memorial	memoriale
ruins	rovine
fountain	fontana
statue	statua
cemetery	cimitero
town hall	municipio
city hall	municipio
council	comune
municipality	comune
court	tribunale
courthouse	tribunale
embassy	ambasciata
consulate	consolato
ministry	ministero
government	governo
public	pubblico
open to the public	aperto al pubblico
closed to the public	chiuso al pubblico
not open to the public	non aperto al pubblico
public toilets	bagni pubblici
public transport	trasporto pubblico
public footpath	sentiero pubblico
public area	area pubblica
community centre	centro civico
sports centre	centro sportivo
sports center	centro sportivo
gym	palestra
stadium	stadio
swimming pool	piscina
pool	piscina
sauna	sauna
showers	docce
shower	doccia
please shower before swimming	fare la doccia prima di entrare in piscina
shower before entering the pool	fare la doccia prima di entrare in piscina
swimming caps must be worn	obbligatoria la cuffia
swimming	nuoto
theatre	teatro
theater	teatro
cinema	cinema
concert	concerto
concert hall	sala concerti
opera	opera
box office	botteghino
performance	spettacolo
show	spettacolo
event	evento
events	eventi
festival	festival
zoo	zoo
aquarium	acquario
park	parco
parks	parchi
national park	parco nazionale
nature reserve	riserva naturale
protected area	area protetta
botanical garden	orto botanico
beach	spiaggia
beaches	spiagge
to the beach	alla spiaggia
sea	mare
lake	lago
river	fiume
forest	bosco
wood	bosco
woods	boschi
mountain	montagna
mountains	montagne
hill	collina
valley	valle
trail	sentiero
trails	sentieri
walking trail	sentiero escursionistico
hiking trail	sentiero escursionistico
viewpoint	belvedere
view	vista
campsite	campeggio
camping	campeggio
hotel	albergo
hotels	alberghi
hostel	ostello
youth hostel	ostello della gioventù
guest house	pensione
bed and breakfast	bed and breakfast
accommodation	alloggio
vacancies	camere libere
no vacancies	completo
rooms available	camere disponibili
single room	camera singola
double room	camera doppia
twin room	camera doppia con letti separati
room service	servizio in camera
key	chiave
keys	chiavi
room key	chiave della camera
key card	tessera magnetica
please leave your key at reception	si prega di lasciare la chiave alla reception
check-out	check-out
check-in time	orario di check-in
check-out time	orario di check-out
checkout time	orario di check-out
towels	asciugamani
towel	asciugamano
bed	letto
beds	letti
breakfast	colazione
breakfast included	colazione inclusa
breakfast is served	la colazione è servita
lunch	pranzo
dinner	cena
supper	cena
meal	pasto
meals	pasti
restaurant	ristorante
restaurants	ristoranti
cafe	caffè
café	caffè
cafeteria	caffetteria
canteen	mensa
bar	bar
pub	pub
snack bar	snack bar
buffet	buffet
menu	menù
menus	menù
today's menu	menù del giorno
menu of the day	menù del giorno
set menu	menù fisso
dish of the day	piatto del giorno
specials	specialità
today's specials	specialità del giorno
starters	antipasti
main course	piatto principale
main courses	secondi piatti
desserts	dolci
dessert	dolce
drinks	bevande
drink	bevanda
food	cibo
food and drink	cibo e bevande
food and drinks	cibi e bevande
hot food	piatti caldi
hot drinks	bevande calde
cold drinks	bevande fredde
soft drinks	bibite
snacks	snack
water	acqua
drinking water	acqua potabile
not drinking water	acqua non potabile
non-drinking water	acqua non potabile
non-potable water	acqua non potabile
mineral water	acqua minerale
sparkling water	acqua frizzante
still water	acqua naturale
coffee	caffè
tea	tè
milk	latte
juice	succo
orange juice	succo d'arancia
beer	birra
wine	vino
red wine	vino rosso
white wine	vino bianco
bread	pane
cheese	formaggio
meat	carne
fish	pesce
chicken	pollo
beef	manzo
pork	maiale
ham	prosciutto
eggs	uova
egg	uovo
vegetables	verdure
fruit	frutta
salad	insalata
soup	zuppa
rice	riso
pasta	pasta
pizza	pizza
sandwich	panino
sandwiches	panini
cake	torta
cakes	torte
ice cream	gelato
sugar	zucchero
salt	sale
oil	olio
vegetarian	vegetariano
vegan	vegano
gluten free	senza glutine
lactose free	senza lattosio
allergens	allergeni
allergy	allergia
allergies	allergie
contains nuts	contiene frutta a guscio
may contain nuts	può contenere frutta a guscio
please inform staff of any allergies	si prega di segnalare eventuali allergie al personale
halal	halal
kosher	kosher
table	tavolo
tables	tavoli
table reserved	tavolo riservato
reservation	prenotazione
reservations	prenotazioni
booking	prenotazione
bookings	prenotazioni
booking required	prenotazione obbligatoria
booking essential	prenotazione obbligatoria
booking recommended	prenotazione consigliata
reservation required	prenotazione obbligatoria
advance booking	prenotazione anticipata
please wait to be seated	attendete di essere accompagnati al tavolo
please seat yourself	accomodatevi
seat yourself	accomodatevi
table service	servizio al tavolo
waiter	cameriere
kitchen closed	cucina chiusa
kitchen open	cucina aperta
outdoor seating	tavoli all'aperto
seating area	area posti a sedere
happy hour	happy hour
wifi	wifi
wi-fi	wifi
free wifi	wifi gratuito
free wi-fi	wifi gratuito
wifi password	password wifi
password	password
internet	internet
phone	telefono
telephone	telefono
mobile phone	cellulare
mobile phones	cellulari
cell phone	cellulare
cell phones	cellulari
phones	telefoni
switch off your mobile phone	spegnete il cellulare
please switch off your mobile phone	si prega di spegnere il cellulare
please turn off your mobile phone	si prega di spegnere il cellulare
please turn off your phone	si prega di spegnere il telefono
please silence your phone	si prega di silenziare il telefono
charging	ricarica
phone charging	ricarica telefoni
socket	presa
sockets	prese
plug	spina
contact	contatto
contact us	contattaci
for more information	per maggiori informazioni
more information	maggiori informazioni
further information	ulteriori informazioni
information available	informazioni disponibili
ask	chiedete
please ask	si prega di chiedere
ask staff	chiedere al personale
please ask a member of staff	si prega di rivolgersi al personale
please ask for assistance	si prega di chiedere assistenza
ask for help	chiedete aiuto
ask at reception	chiedere alla reception
enquire within	informarsi all'interno
inquire within	informarsi all'interno
enquiries	informazioni
inquiries	informazioni
staff	personale
member of staff	membro del personale
members of staff	membri del personale
employee	dipendente
employees	dipendenti
personnel	personale
team	squadra
manager	responsabile
owner	proprietario
owners	proprietari
tenant	inquilino
tenants	inquilini
resident	residente
residents	residenti
neighbour	vicino
neighbours	vicini
neighbors	vicini
please respect our neighbours	si prega di rispettare i vicini
please respect the neighbours	si prega di rispettare il vicinato
please leave quietly	si prega di uscire in silenzio
accept	accettare
access	accesso
add	aggiungere
allow	permettere
apply	applicare
apply within	candidature all'interno
arrive	arrivare
avoid	evitare
be aware	attenzione
become	diventare
begin	iniziare
book	prenotare
book now	prenota ora
book online	prenota online
break	rompere
bring	portare
buy	comprare
buy now	acquista ora
buy tickets	acquistate i biglietti
buy your ticket	acquistate il biglietto
buy your ticket before boarding	acquistate il biglietto prima di salire
call us	chiamateci
cancel	annullare
carry	portare
catch	prendere
check	controllare
choose	scegliere
clean up	pulire
clear	liberare
climb	salire
close	chiudere
close the door	chiudere la porta
closes	chiude
closes at	chiude alle
opens at	apre alle
opens	apre
collect	ritirare
come	venire
come back	tornare
come back later	tornate più tardi
comply	rispettare
confirm	confermare
connect	connettere
contain	contenere
contains	contiene
continue	continuare
cook	cucinare
cover	coprire
cross	attraversare
cross here	attraversare qui
cross with care	attraversare con prudenza
cut	tagliare
deliver	consegnare
depart	partire
departs	parte
departs from	parte da
describe	descrivere
dispose of	smaltite
drive	guidare
drop	lasciar cadere
drop off	lasciare
drop off point	punto di discesa
eat	mangiare
ends	termina
enjoy	godere
enter	entrare
enter here	entrare qui
enter your pin	inserite il pin
exit here	uscire qui
explore	esplorare
extinguish	spegnere
feed	nutrire
fill	riempire
fill in	compilare
find	trovare
find out more	scopri di più
fix	riparare
fold	piegare
get	ottenere
give	dare
go	andare
go back	tornare indietro
go to	andare a
go up	salire
go down	scendere
hang	appendere
hang up	riagganciare
hear	sentire
hold	tenere
hold the handrail	tenersi al corrimano
please hold the handrail	si prega di tenersi al corrimano
hold on	tenetevi
please hold on	si prega di tenersi
insert	inserire
insert card	inserire la carta
insert coins	inserire monete
insert ticket	inserire il biglietto
join	unirsi
join us	unisciti a noi
jump	saltare
keep	tenere
keep closed	tenere chiuso
keep locked	tenere chiuso a chiave
keep open	tenere aperto
keep dry	conservare all'asciutto
keep refrigerated	conservare in frigorifero
keep frozen	conservare congelato
keep cool	conservare in luogo fresco
keep upright	tenere in posizione verticale
keep calm	mantenere la calma
keep moving	proseguire
keep tidy	mantenere pulito
keep this area clean	mantenete pulita quest'area
please keep this area clean	si prega di mantenere pulita quest'area
please keep clean	si prega di mantenere pulito
keep britain tidy	mantieni pulito il paese
know	sapere
learn	imparare
leave	lasciare
leave here	lasciare qui
let	lasciare
lift handle	sollevare la maniglia
listen	ascoltare
live	vivere
load	caricare
lock	chiudere a chiave
locked	chiuso a chiave
look	guardare
look left	guardare a sinistra
look right	guardare a destra
look both ways	guardare da entrambi i lati
look out	attenzione
lose	perdere
lost	perso
make	fare
meet	incontrare
move	spostare
move down inside	spostarsi verso l'interno
need	avere bisogno di
notify	notificare
obey	rispettare
observe	osservare
occupy	occupare
occupied	occupato
open here	aprire qui
operate	azionare
park here	parcheggiare qui
pay attention	prestate attenzione
pick	raccogliere
place	collocare
plan	pianificare
play	giocare
prepare	preparare
present	presentare
prevent	prevenire
print	stampare
proceed	procedere
proceed to	procedere verso
protect	proteggere
provide	fornire
put	mettere
put out	spegnere
reach	raggiungere
read	leggere
receive	ricevere
recycle	riciclare
register	registrarsi
remain	rimanere
remain seated	rimanere seduti
please remain seated	si prega di rimanere seduti
remember	ricordare
remove	rimuovere
remove your shoes	toglietevi le scarpe
please remove your shoes	si prega di togliersi le scarpe
rent	affittare
replace	sostituire
request	richiedere
on request	su richiesta
reserve	prenotare
respect	rispettare
rest	riposare
return	restituire
return trolleys here	riportare qui i carrelli
please return your tray	si prega di riportare il vassoio
ride	andare
ring	suonare
run	correre
save	risparmiare
say	dire
scan	scansionare
scan here	scansiona qui
scan the qr code	scansiona il codice QR
scan your ticket	scansionate il biglietto
search	cercare
see	vedere
see below	vedi sotto
see above	vedi sopra
see overleaf	vedi retro
select	selezionare
select your destination	selezionate la destinazione
sell	vendere
send	inviare
separate	separare
serve	servire
served	servito
set	impostare
share	condividere
show your ticket	mostrate il biglietto
please show your ticket	si prega di mostrare il biglietto
shut	chiudere
sign in	registratevi
sign out	uscita
sign here	firmare qui
sit	sedersi
sleep	dormire
slide	scorrere
sort	differenziare
speak	parlare
we speak english	parliamo inglese
english spoken	si parla inglese
stand	stare in piedi
starts	inizia
stay	restare
stay on the path	restare sul sentiero
stay on the paths	restate sui sentieri
stay behind the barrier	restare dietro la barriera
stop here	fermarsi qui
store in a cool dry place	conservare in luogo fresco e asciutto
switch off	spegnere
switch on	accendere
switch off the lights	spegnete le luci
please switch off the lights	si prega di spegnere le luci
take	prendere
take one	prendetene uno
take care of	prendersi cura di
take your litter home	portate via i vostri rifiuti
please take your litter home	si prega di portare via i rifiuti
talk	parlare
tap	toccare
tap in	validate
tap here	toccare qui
tell	dire
think	pensare
throw	gettare
touch	toccare
try	provare
turn	girare
turn off	spegnere
turn on	accendere
turn off the engine	spegnere il motore
switch off engine	spegnere il motore
turn off the tap	chiudere il rubinetto
understand	capire
unlock	sbloccare
use	usare
use other door	usare l'altra porta
please use other door	si prega di usare l'altra porta
please use the other door	si prega di usare l'altra porta
use the other entrance	usare l'altro ingresso
please use the bins provided	si prega di usare i cestini
please use the bins	usate i cestini
use the handrail	usare il corrimano
validate here	convalidare qui
visit us	venite a trovarci
visit our website	visitate il nostro sito
wait	attendere
walk	camminare
walk on the right	camminare a destra
want	volere
warn	avvertire
wash	lavare
watch	guardare
watch out	attenzione
wear	indossare
wipe	pulire
work	lavorare
write	scrivere
accompanied	accompagnato
authorised	autorizzato
authorized	autorizzato
unauthorised	non autorizzato
unauthorized	non autorizzato
unauthorised persons	persone non autorizzate
unauthorized persons	persone non autorizzate
booked	prenotato
fully booked	tutto esaurito
cleaned	pulito
checked	controllato
controlled	controllato
monitored	monitorato
protected	protetto
recorded	registrato
provided	fornito
recommended	consigliato
located	situato
is located	si trova
are located	si trovano
can be found	si trova
moved	trasferito
we have moved	ci siamo trasferiti
we have moved to	ci siamo trasferiti in
relocated	trasferito
suspended	sospeso
postponed	rinviato
used	usato
kept	tenuto
found	trovato
given	dato
made	fatto
made in	prodotto in
sent	inviato
taken	preso
shown	mostrato
seen	visto
done	fatto
paid	pagato
unpaid	non pagato
fined	multato
will be fined	saranno multati
offenders will be fined	i trasgressori saranno multati
will be removed	sarà rimosso
will be towed away	sarà rimosso
will be prosecuted	saranno perseguiti
will be charged	sarà addebitato
fine	multa
fines	multe
penalty	sanzione
maximum fine	multa massima
a fine of	una multa di
good	buono
bad	cattivo
big	grande
little	piccolo
long	lungo
short	corto
high	alto
low	basso
wide	largo
narrow	stretto
deep	profondo
shallow	poco profondo
shallow water	acqua bassa
fast	veloce
quick	veloce
quickly	rapidamente
slowly	lentamente
old	vecchio
young	giovane
cold	freddo
warm	caldo
cool	fresco
dry	asciutto
wet	bagnato
clean	pulito
dirty	sporco
dark	buio
easy	facile
difficult	difficile
hard	duro
soft	morbido
safe	sicuro
unsafe	non sicuro
secure	sicuro
busy	occupato
empty	vuoto
loud	forte
far	lontano
nearby	nelle vicinanze
nearest	più vicino
main	principale
general	generale
special	speciale
normal	normale
regular	regolare
local	locale
national	nazionale
international	internazionale
european	europeo
foreign	straniero
official	ufficiale
real	reale
true	vero
correct	corretto
wrong	sbagliato
possible	possibile
impossible	impossibile
necessary	necessario
useful	utile
ready	pronto
different	diverso
similar	simile
whole	intero
complete	completo
partial	parziale
extra	extra
additional	aggiuntivo
beautiful	bello
nice	piacevole
happy	felice
friendly	cordiale
polite	educato
famous	famoso
historic	storico
historical	storico
ancient	antico
modern	moderno
traditional	tradizionale
typical	tipico
cheap	economico
expensive	caro
best	migliore
better	migliore
worst	peggiore
great	grande
strong	forte
weak	debole
busy hours	ore di punta
rush hour	ora di punta
peak hours	ore di punta
off-peak	fuori dalle ore di punta
correctly	correttamente
carefully	con attenzione
immediately	immediatamente
directly	direttamente
automatically	automaticamente
manually	manualmente
only here	solo qui
strictly	severamente
exclusively	esclusivamente
permanently	permanentemente
currently	attualmente
unfortunately	purtroppo
well	bene
right now	proprio ora
colour	colore
color	colore
red	rosso
green	verde
blue	blu
yellow	giallo
white	bianco
black	nero
orange	arancione
brown	marrone
grey	grigio
gray	grigio
pink	rosa
purple	viola
gold	oro
silver	argento
red line	linea rossa
yellow line	linea gialla
white line	linea bianca
button	pulsante
buttons	pulsanti
handle	maniglia
handrail	corrimano
barrier	barriera
barriers	barriere
fence	recinzione
sign	cartello
signs	cartelli
signal	segnale
map	mappa
maps	mappe
screen	schermo
display	display
departure board	tabellone delle partenze
notice board	bacheca
machine	macchina
machines	macchine
vending machine	distributore automatico
card	carta
cards	carte
pin	pin
code	codice
qr code	codice QR
light	luce
lights	luci
lighting	illuminazione
switch	interruttore
heating	riscaldamento
air conditioning	aria condizionata
air conditioned	climatizzato
ventilation	ventilazione
power	corrente
power cut	interruzione di corrente
energy	energia
save energy	risparmiate energia
save water	risparmiate acqua
sink	lavandino
soap	sapone
paper	carta
toilet paper	carta igienica
paper towels	salviette di carta
hand dryer	asciugamani elettrico
rubbish	rifiuti
trash	spazzatura
garbage	spazzatura
litter	rifiuti
waste	rifiuti
bin	cestino
bins	cestini
litter bin	cestino
rubbish bin	bidone della spazzatura
recycling	raccolta differenziata
recycling bin	contenitore per la raccolta differenziata
general waste	indifferenziato
plastic	plastica
glass	vetro
cans	lattine
bottles	bottiglie
bottle	bottiglia
cardboard	cartone
organic waste	rifiuti organici
batteries	pile
box	scatola
boxes	scatole
tray	vassoio
trays	vassoi
chair	sedia
chairs	sedie
bench	panchina
benches	panchine
desk	banco
shelf	scaffale
shelves	scaffali
mirror	specchio
clock	orologio
tool	attrezzo
tools	attrezzi
equipment	attrezzatura
material	materiale
materials	materiali
object	oggetto
objects	oggetti
thing	cosa
things	cose
part	parte
parts	parti
piece	pezzo
pieces	pezzi
kind	tipo
type	tipo
places	luoghi
point	punto
points	punti
world	mondo
country	paese
city	città
cities	città
town	città
village	paese
region	regione
district	quartiere
neighbourhood	quartiere
neighborhood	quartiere
address	indirizzo
name	nome
surname	cognome
first name	nome
signature	firma
form	modulo
forms	moduli
document	documento
documents	documenti
certificate	certificato
permit	permesso
licence	licenza
license	licenza
driving licence	patente di guida
law	legge
laws	leggi
policy	politica
condition	condizione
conditions	condizioni
terms and conditions	termini e condizioni
terms	termini
instructions	istruzioni
instruction	istruzione
information board	pannello informativo
details	dettagli
detail	dettaglio
question	domanda
questions	domande
answer	risposta
problem	problema
problems	problemi
reason	motivo
reasons	motivi
result	risultato
changes	modifiche
subject to change	soggetto a modifiche
subject to availability	salvo disponibilità
while stocks last	fino a esaurimento scorte
news	notizie
message	messaggio
announcement	annuncio
announcements	annunci
advertisement	pubblicità
website	sito web
email	e-mail
e-mail	e-mail
online	online
app	app
tel	tel.
fax	fax
life	vita
health	salute
care	cura
body	corpo
head	testa
hand	mano
hands	mani
foot	piede
feet	piedi
on foot	a piedi
eye	occhio
eyes	occhi
man	uomo
woman	donna
boy	ragazzo
girl	ragazza
boys	ragazzi
girls	ragazze
friend	amico
friends	amici
guest	ospite
guests	ospiti
owner's	del proprietario
public holidays excepted	esclusi i festivi
except sundays	eccetto la domenica
except holidays	eccetto i festivi
weather	tempo
weather permitting	tempo permettendo
in bad weather	in caso di maltempo
rain	pioggia
snow	neve
wind	vento
storm	temporale
fog	nebbia
flood	alluvione
flooding	allagamenti
risk of flooding	rischio di allagamento
tide	marea
high tide	alta marea
low tide	bassa marea
waves	onde
sand	sabbia
rocks	rocce
temperature	temperatura
air	aria
fresh air	aria fresca
nature	natura
environment	ambiente
protect the environment	proteggete l'ambiente
tree	albero
trees	alberi
grass	erba
flowers	fiori
flower	fiore
plants	piante
plant	pianta
lawn	prato
wildlife	fauna selvatica
animal	animale
animals	animali
dog	cane
dogs	cani
cat	gatto
cats	gatti
bird	uccello
birds	uccelli
horse	cavallo
horses	cavalli
cattle	bestiame
cows	mucche
sheep	pecore
ducks	anatre
pets	animali domestici
pet	animale domestico
lead	guinzaglio
leash	guinzaglio
on a lead	al guinzaglio
on the lead	al guinzaglio
guide dog	cane guida
guide dogs	cani guida
assistance dogs	cani d'assistenza
assistance dogs welcome	cani d'assistenza ammessi
wild animals	animali selvatici
bees	api
snakes	serpenti
insects	insetti
mosquitoes	zanzare
bull	toro
beware of the bull	attenzione al toro
game	gioco
games	giochi
sport	sport
sports	sport
ball	palla
football	calcio
tennis	tennis
golf	golf
ski	sci
skiing	sci
cycling	ciclismo
walking	escursionismo
hiking	escursionismo
running	corsa
fishing	pesca
music	musica
art	arte
history	storia
culture	cultura
science	scienza
books	libri
newspaper	giornale
newspapers	giornali
magazine	rivista
photo	foto
photos	foto
picture	immagine
pictures	immagini
film	film
video	video
language	lingua
languages	lingue
english	inglese
spanish	spagnolo
french	francese
italian	italiano
german	tedesco
translation	traduzione
job	lavoro
jobs	lavori
staff wanted	cercasi personale
help wanted	cercasi personale
we are hiring	stiamo assumendo
we're hiring	stiamo assumendo
vacancy	posto vacante
business	attività
company	azienda
industry	industria
factory	fabbrica
farm	fattoria
house	casa
home	casa
flat	appartamento
apartment	appartamento
apartments	appartamenti
property	proprietà
land	terreno
site	sito
premises	locali
on these premises	in questi locali
on the premises	nei locali
inside the building	all'interno dell'edificio
in the building	nell'edificio
throughout the building	in tutto l'edificio
in this area	in quest'area
this area	quest'area
in this building	in questo edificio
this building	questo edificio
this door	questa porta
this way please	da questa parte, prego
this side	questo lato
other side	altro lato
both sides	entrambi i lati
sides	lati
here only	solo qui
applies	si applica
conditions apply	si applicano condizioni
terms and conditions apply	si applicano termini e condizioni
charges apply	a pagamento
restrictions apply	si applicano restrizioni
keep shut	tenere chiuso
keep locked shut	tenere chiuso a chiave
is closed	è chiuso
is open	è aperto
are closed	sono chiusi
are open	sono aperti
will be closed	sarà chiuso
will be open	sarà aperto
will remain closed	resterà chiuso
remains closed	rimane chiuso
remains open	rimane aperto
is located on	si trova al
is available	è disponibile
are available	sono disponibili
is required	è obbligatorio
are required	sono obbligatori
is not available	non è disponibile
is free	è gratuito
are free	sono gratuiti
is reserved	è riservato
are reserved	sono riservati
is not responsible	non è responsabile
is closed today	oggi è chiuso
goes	va
comes	viene
leaves	parte
arrives	arriva
stops at	ferma a
does not stop	non ferma
does not stop at	non ferma a
this train does not stop at	questo treno non ferma a
this train terminates here	questo treno termina qui la corsa
terminates here	termina qui
calling at	con fermate a
runs	circola
runs every	passa ogni
does not run	non circola
operates	funziona
serves	serve
includes	include
requires	richiede
means	significa
needs	ha bisogno di
helps	aiuta
opens automatically	si apre automaticamente
closes automatically	si chiude automaticamente
locks automatically	si blocca automaticamente
is being	è in corso di
being cleaned	in pulizia
cleaning in progress	pulizia in corso
cleaning	pulizia
cleaner	addetto alle pulizie
toilet cleaned at	bagno pulito alle
renovated	ristrutturato
installed	installato
entrance closed	ingresso chiuso
exit closed	uscita chiusa
door closed	porta chiusa
lift out of order	ascensore fuori servizio
toilet out of order	bagno fuori servizio
machine out of order	macchina fuori servizio
path closed	sentiero chiuso
footpath closed	sentiero chiuso
beach closed	spiaggia chiusa
park closed	parco chiuso
platform closed	binario chiuso
shop closed	negozio chiuso
office closed	ufficio chiuso
lane closed	corsia chiusa
bridge closed	ponte chiuso
pedestrian access	accesso pedonale
vehicle access	accesso veicoli
access road	strada di accesso
access for	accesso per
access to	accesso a
way to	per
to the	a il
to the station	alla stazione
to the city centre	al centro città
to the platforms	ai binari
to all platforms	a tutti i binari
to the trains	ai treni
to the toilets	ai servizi
of the	di il
in the	in il
on the	su il
at the	a il
for the	per il
from the	da il
with the	con il
by the	da il
and the	e il
is the	è il
near the	vicino a il
next to the	accanto a il
in front of the	davanti a il
behind the	dietro il
opposite the	di fronte a il
inside the	all'interno di il
outside the	fuori da il
through the	attraverso il
along the	lungo il
after the	dopo il
before the	prima di il
during the	durante il
until the	fino a il
use of	uso di
the use of	l'uso di
use of mobile phones	uso dei cellulari
the use of mobile phones is prohibited	è vietato l'uso dei cellulari
entry is free	l'ingresso è gratuito
admission is free	l'ingresso è gratuito
in progress	in corso
in service	in servizio
on duty	in servizio
off duty	fuori servizio
on display	esposto
on sale here	in vendita qui
available here	disponibile qui
sold here	in vendita qui
tickets sold here	qui si vendono biglietti
tickets available	biglietti disponibili
tickets available here	biglietti disponibili qui
tickets available online	biglietti disponibili online
tickets on sale	biglietti in vendita
tickets sold out	biglietti esauriti
entrance ticket	biglietto d'ingresso
entrance tickets	biglietti d'ingresso
combined ticket	biglietto cumulativo
skip the line	salta la fila
fast track	accesso rapido
priority boarding	imbarco prioritario
priority lane	corsia prioritaria
priority access	accesso prioritario
queue starts here	la fila inizia qui
queue from here	fila da qui
waiting time from this point	tempo di attesa da questo punto
minutes from here	minuti da qui
minutes walk	minuti a piedi
walking distance	distanza a piedi
distance	distanza
km	km
metres	metri
meters	metri
metre	metro
meter	metro
miles	miglia
mile	miglio
height	altezza
width	larghezza
length	lunghezza
maximum height	altezza massima
max height	altezza max.
maximum weight	peso massimo
maximum load	carico massimo
capacity	capacità
maximum capacity	capienza massima
persons maximum	persone al massimo
occupancy	capienza
maximum occupancy	capienza massima
limits	limiti
weight limit	limite di peso
height limit	limite di altezza
time limit	limite di tempo
limited time	tempo limitato
limited waiting	sosta limitata
short stay	sosta breve
long stay	sosta lunga
short stay parking	parcheggio sosta breve
long stay parking	parcheggio sosta lunga
max stay	sosta massima
maximum stay	sosta massima
no return within	non ritornare entro
disc parking	disco orario
parking disc	disco orario
blue zone	zona blu
residents parking	parcheggio residenti
residents parking only	parcheggio riservato ai residenti
parking prohibited	divieto di sosta
parking for	parcheggio per
parking only	solo parcheggio
parking available	parcheggio disponibile
parking charges	tariffe di parcheggio
pay at machine	pagare alla macchinetta
pay on foot	pagare alla cassa prima di uscire
pay on exit	pagare all'uscita
pay on entry	pagare all'ingresso
pay by phone	pagare con il telefono
display ticket	esporre il biglietto
display ticket clearly	esporre il biglietto in modo visibile
tickets must be displayed	i biglietti devono essere esposti
charges apply at all times	a pagamento in qualsiasi momento
free after	gratuito dopo le
first hour free	prima ora gratuita
each additional hour	ogni ora aggiuntiva
up to 1 hour	fino a 1 ora
up to 2 hours	fino a 2 ore
up to 3 hours	fino a 3 ore
1 hour	1 ora
2 hours	2 ore
3 hours	3 ore
4 hours	4 ore
30 minutes	30 minuti
15 minutes	15 minuti
10 minutes	10 minuti
5 minutes	5 minuti
all day parking	parcheggio giornaliero
overnight	durante la notte
overnight parking	parcheggio notturno
no overnight parking	vietata la sosta notturna
no overnight camping	vietato il campeggio notturno
no camping or caravans	vietati campeggio e roulotte
no motorhomes	vietato ai camper
no lorries	vietato ai camion
no heavy goods vehicles	vietato ai mezzi pesanti
no coaches	vietato ai pullman
no motorcycles	vietato alle moto
no horses	vietato ai cavalli
no horse riding	vietato andare a cavallo
no boats	vietate le imbarcazioni
no jet skis	vietate le moto d'acqua
no drones	vietati i droni
no metal detecting	vietato l'uso di metal detector
no hunting	divieto di caccia
private hunting	riserva di caccia
no sunbathing	vietato prendere il sole
no nudity	vietato il nudismo
no topless	vietato il topless
no loitering	vietato sostare
no gathering	vietati gli assembramenti
no gatherings	vietati gli assembramenti
no unaccompanied children	vietato ai bambini non accompagnati
no sitting	vietato sedersi
no standing	vietato stare in piedi
no pushing	non spingere
no mobile phone use	vietato l'uso del cellulare
no headphones	vietate le cuffie
no cameras	vietate le fotocamere
no backpacks	vietati gli zaini
no large bags	vietate le borse grandi
no umbrellas	vietati gli ombrelli
no sharp objects	vietati gli oggetti appuntiti
no liquids	vietati i liquidi
no chewing gum	vietato il chewing gum
no ice cream	vietati i gelati
no sleeping	vietato dormire
no shouting	vietato gridare
no swearing	vietato imprecare
no smoking or vaping	vietato fumare e svapare
no smoking within	vietato fumare entro
no smoking in this area	vietato fumare in quest'area
no smoking on the premises	vietato fumare nei locali
no smoking in the building	vietato fumare nell'edificio
this is a no smoking area	questa è un'area non fumatori
this is a non-smoking building	questo è un edificio per non fumatori
smoking area only	solo nell'area fumatori
designated smoking area	area fumatori designata
designated area	area designata
in designated areas	nelle aree designate
only in designated areas	solo nelle aree designate
`;
