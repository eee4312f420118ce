/**
 * English → French lexicon for signs and notices: `source<TAB>target` a line, phrases
 * and words (see ../lexicon.ts). Written for Tabmesh; targets as they appear mid-sentence.
 */
export default `
the	le
a	un
an	un
this	ce
that	ce
these	ces
those	ces
some	quelques
any	tout
all	tous
every	chaque
each	chaque
no	pas de
not	pas
none	aucun
other	autre
another	un autre
both	les deux
either	l'un ou l'autre
neither	aucun
such	tel
same	même
own	propre
only	uniquement
also	aussi
too	aussi
very	très
more	plus
most	la plupart
less	moins
least	moins
much	beaucoup
many	beaucoup
few	peu
a few	quelques
several	plusieurs
enough	assez
and	et
or	ou
but	mais
nor	ni
if	si
unless	sauf si
because	parce que
so	donc
than	que
as	comme
like	comme
while	pendant que
when	quand
where	où
what	quoi
which	quel
who	qui
whom	qui
whose	dont
why	pourquoi
how	comment
how much	combien
how many	combien
how long	combien de temps
whether	si
of	de
to	à
in	dans
into	dans
on	sur
onto	sur
at	à
by	par
for	pour
from	de
with	avec
without	sans
about	sur
above	au-dessus de
below	en dessous de
under	sous
over	au-dessus de
between	entre
among	parmi
through	à travers
across	à travers
along	le long de
around	autour de
behind	derrière
in front of	devant
next to	à côté de
beside	à côté de
near	près de
opposite	en face de
inside	à l'intérieur
outside	à l'extérieur
within	dans
beyond	au-delà de
against	contre
towards	vers
toward	vers
via	par
per	par
during	pendant
before	avant
after	après
until	jusqu'à
till	jusqu'à
since	depuis
except	sauf
including	y compris
instead of	au lieu de
according to	selon
due to	en raison de
because of	à cause de
in case of	en cas de
in order to	pour
up to	jusqu'à
out of	hors de
i	je
you	vous
he	il
she	elle
it	il
we	nous
they	ils
me	moi
him	lui
her	sa
us	nous
them	eux
my	mon
your	votre
his	son
its	son
our	notre
their	leur
yours	le vôtre
ours	le nôtre
yourself	vous-même
yourselves	vous-mêmes
ourselves	nous-mêmes
themselves	eux-mêmes
everyone	tout le monde
everybody	tout le monde
everything	tout
someone	quelqu'un
somebody	quelqu'un
something	quelque chose
anyone	quiconque
anybody	quiconque
anything	n'importe quoi
nobody	personne
no one	personne
nothing	rien
here	ici
there	là
there is	il y a
there are	il y a
now	maintenant
then	alors
again	encore
always	toujours
never	jamais
often	souvent
sometimes	parfois
usually	habituellement
already	déjà
still	encore
yet	encore
soon	bientôt
just	juste
even	même
almost	presque
quite	assez
rather	plutôt
together	ensemble
alone	seul
else	d'autre
otherwise	sinon
however	cependant
therefore	donc
also available	également disponible
yes	oui
ok	d'accord
okay	d'accord
thanks	merci
thank you	merci
thank you very much	merci beaucoup
many thanks	merci beaucoup
please	s'il vous plaît
sorry	désolé
we apologise	nous nous excusons
we apologize	nous nous excusons
we apologise for any inconvenience	nous nous excusons pour la gêne occasionnée
we apologize for any inconvenience	nous nous excusons pour la gêne occasionnée
sorry for the inconvenience	désolés pour la gêne occasionnée
excuse me	excusez-moi
welcome	bienvenue
welcome to	bienvenue à
hello	bonjour
goodbye	au revoir
good morning	bonjour
good afternoon	bon après-midi
good evening	bonsoir
good night	bonne nuit
see you soon	à bientôt
have a nice day	bonne journée
enjoy your meal	bon appétit
enjoy your stay	bon séjour
enjoy your visit	bonne visite
happy birthday	joyeux anniversaire
merry christmas	joyeux noël
happy new year	bonne année
happy easter	joyeuses pâques
is	est
are	sont
was	était
were	étaient
be	être
been	été
being	étant
has	a
have	avoir
had	avait
do	faire
does	fait
did	a fait
will	sera
will be	sera
would	serait
can	pouvoir
could	pourrait
may	peut
might	pourrait
must	devoir
should	devrait
shall	doit
need to	avoir besoin de
have to	devoir
has to	doit
is not	n'est pas
are not	ne sont pas
isn't	n'est pas
aren't	ne sont pas
don't	ne pas
do not	ne pas
does not	ne pas
doesn't	ne pas
did not	n'a pas
cannot	ne peut pas
can't	ne peut pas
can not	ne peut pas
must not	ne doit pas
mustn't	ne doit pas
should not	ne devrait pas
will not	ne pas
won't	ne pas
may not	ne peut pas
it is	c'est
it's	c'est
we are	nous sommes
we're	nous sommes
you are	vous êtes
you're	vous êtes
we will	nous allons
we'll	nous allons
let's	allons
zero	zéro
one	un
two	deux
three	trois
four	quatre
five	cinq
six	six
seven	sept
eight	huit
nine	neuf
ten	dix
eleven	onze
twelve	douze
thirteen	treize
fourteen	quatorze
fifteen	quinze
sixteen	seize
seventeen	dix-sept
eighteen	dix-huit
nineteen	dix-neuf
twenty	vingt
thirty	trente
forty	quarante
fifty	cinquante
sixty	soixante
seventy	soixante-dix
eighty	quatre-vingts
ninety	quatre-vingt-dix
hundred	cent
a hundred	cent
one hundred	cent
thousand	mille
a thousand	mille
million	million
half	demi
a half	demi
quarter	quart
a quarter	un quart
double	double
single	simple
first	premier
second	deuxième
third	troisième
fourth	quatrième
fifth	cinquième
sixth	sixième
seventh	septième
eighth	huitième
ninth	neuvième
tenth	dixième
last	dernier
next	prochain
previous	précédent
number	numéro
numbers	numéros
once	une fois
twice	deux fois
times	fois
time	heure
times of	horaires de
monday	lundi
tuesday	mardi
wednesday	mercredi
thursday	jeudi
friday	vendredi
saturday	samedi
sunday	dimanche
mon	lun
tue	mar
tues	mar
wed	mer
thu	jeu
thur	jeu
thurs	jeu
fri	ven
sat	sam
sun	dim
mondays	le lundi
tuesdays	le mardi
wednesdays	le mercredi
thursdays	le jeudi
fridays	le vendredi
saturdays	le samedi
sundays	le dimanche
on mondays	le lundi
on tuesdays	le mardi
on wednesdays	le mercredi
on thursdays	le jeudi
on fridays	le vendredi
on saturdays	le samedi
on sundays	le dimanche
on monday	lundi
on tuesday	mardi
on wednesday	mercredi
on thursday	jeudi
on friday	vendredi
on saturday	samedi
on sunday	dimanche
monday to friday	du lundi au vendredi
monday to saturday	du lundi au samedi
monday to sunday	du lundi au dimanche
monday to thursday	du lundi au jeudi
tuesday to sunday	du mardi au dimanche
tuesday to saturday	du mardi au samedi
from monday to friday	du lundi au vendredi
from monday to saturday	du lundi au samedi
from tuesday to sunday	du mardi au dimanche
mon to fri	lun au ven
mon to sat	lun au sam
weekdays	en semaine
on weekdays	en semaine
working days	jours ouvrables
weekend	week-end
weekends	week-ends
at weekends	le week-end
on weekends	le week-end
saturday and sunday	samedi et dimanche
sundays and public holidays	dimanches et jours fériés
sundays and holidays	dimanches et jours fériés
public holiday	jour férié
public holidays	jours fériés
bank holiday	jour férié
bank holidays	jours fériés
holiday	vacances
holidays	vacances
school holidays	vacances scolaires
day	jour
days	jours
week	semaine
weeks	semaines
month	mois
months	mois
year	an
years	ans
hour	heure
hours	heures
hr	h
hrs	h
minute	minute
minutes	minutes
min	min
mins	min
seconds	secondes
moment	moment
morning	matin
mornings	matins
afternoon	après-midi
afternoons	après-midi
evening	soir
evenings	soirs
night	nuit
nights	nuits
midnight	minuit
noon	midi
midday	midi
lunchtime	heure du déjeuner
lunch break	pause déjeuner
in the morning	le matin
in the afternoon	l'après-midi
in the evening	le soir
at night	la nuit
today	aujourd'hui
tonight	ce soir
tomorrow	demain
yesterday	hier
day after tomorrow	après-demain
daily	tous les jours
open daily	ouvert tous les jours
every day	tous les jours
everyday	tous les jours
weekly	hebdomadaire
every week	chaque semaine
monthly	mensuel
yearly	annuel
annual	annuel
hourly	toutes les heures
every hour	toutes les heures
every 10 minutes	toutes les 10 minutes
every 15 minutes	toutes les 15 minutes
every 30 minutes	toutes les 30 minutes
all day	toute la journée
all night	toute la nuit
all year	toute l'année
all year round	toute l'année
24 hours	24 heures
24 hours a day	24 heures sur 24
open 24 hours	ouvert 24h/24
around the clock	24 heures sur 24
at any time	à tout moment
at all times	en permanence
anytime	à tout moment
from time to time	de temps en temps
on time	à l'heure
in time	à temps
early	tôt
late	en retard
later	plus tard
earlier	plus tôt
recently	récemment
shortly	sous peu
coming soon	bientôt
opening soon	ouverture prochaine
now open	maintenant ouvert
reopening	réouverture
grand opening	grande ouverture
season	saison
seasons	saisons
spring	printemps
summer	été
autumn	automne
fall	automne
winter	hiver
summer hours	horaires d'été
winter hours	horaires d'hiver
high season	haute saison
low season	basse saison
january	janvier
february	février
march	mars
april	avril
june	juin
july	juillet
august	août
september	septembre
october	octobre
november	novembre
december	décembre
jan	janv
feb	févr
mar	mars
apr	avr
jun	juin
jul	juil
aug	août
sep	sept
sept	sept
oct	oct
nov	nov
dec	déc
christmas	noël
christmas eve	veille de noël
christmas day	jour de noël
new year	nouvel an
new year's day	jour de l'an
new year's eve	saint-sylvestre
easter	pâques
easter monday	lundi de pâques
good friday	vendredi saint
date	date
dates	dates
date of issue	date d'émission
expiry date	date d'expiration
best before	à consommer de préférence avant
use by	à consommer jusqu'au
valid until	valable jusqu'au
valid from	valable à partir du
valid for	valable pour
from today	à partir d'aujourd'hui
until further notice	jusqu'à nouvel ordre
temporarily	temporairement
temporarily closed	fermé temporairement
permanently closed	fermé définitivement
closed today	fermé aujourd'hui
open today	ouvert aujourd'hui
closed for holidays	fermé pour congés
closed for the holidays	fermé pour les vacances
closed for lunch	fermé le midi
closed on sundays	fermé le dimanche
closed on mondays	fermé le lundi
closed on public holidays	fermé les jours fériés
open on sundays	ouvert le dimanche
back in 5 minutes	de retour dans 5 minutes
back in 10 minutes	de retour dans 10 minutes
back soon	de retour bientôt
be right back	je reviens tout de suite
opening hours	heures d'ouverture
opening times	horaires d'ouverture
business hours	heures d'ouverture
office hours	heures de bureau
visiting hours	heures de visite
visiting times	heures de visite
consultation hours	heures de consultation
timetable	horaires
timetables	horaires
schedule	horaire
opening	ouverture
closing	fermeture
closing time	heure de fermeture
closing day	jour de fermeture
closing days	jours de fermeture
day off	jour de repos
rest day	jour de repos
last admission	dernière entrée
last entry	dernière entrée
last orders	dernières commandes
before closing	avant la fermeture
before closing time	avant l'heure de fermeture
am	h
pm	h
o'clock	heures
half past	et demie
quarter past	et quart
quarter to	moins le quart
open from	ouvert de
open until	ouvert jusqu'à
closed from	fermé du
closed until	fermé jusqu'au
duration	durée
delay	retard
delays	retards
delayed	retardé
waiting time	temps d'attente
approx	env.
approximately	environ
maximum	maximum
max	max.
minimum	minimum
at least	au moins
at most	au plus
more than	plus de
less than	moins de
per day	par jour
per hour	par heure
per person	par personne
per night	par nuit
per week	par semaine
per month	par mois
a day	par jour
an hour	par heure
a week	par semaine
left	gauche
right	droite
on the left	à gauche
on the right	à droite
to the left	à gauche
to the right	à droite
turn left	tournez à gauche
turn right	tournez à droite
keep left	serrez à gauche
keep right	serrez à droite
stand on the right	tenez votre droite
walk on the left	marchez à gauche
straight on	tout droit
straight ahead	tout droit
go straight	allez tout droit
ahead	devant
forward	en avant
back	arrière
backwards	en arrière
up	en haut
down	en bas
upstairs	en haut
downstairs	en bas
this way	par ici
that way	par là
this way up	haut
way	chemin
way in	entrée
way out	sortie
way out only	sortie uniquement
no way out	pas de sortie
direction	direction
directions	indications
in the direction of	en direction de
follow	suivre
follow the signs	suivez les panneaux
follow signs	suivez les panneaux
follow signs for	suivre la direction
follow the arrows	suivez les flèches
follow the green line	suivez la ligne verte
arrow	flèche
arrows	flèches
north	nord
south	sud
east	est
west	ouest
northern	nord
southern	sud
eastern	est
western	ouest
centre	centre
center	centre
city centre	centre-ville
city center	centre-ville
town centre	centre-ville
town center	centre-ville
old town	vieille ville
historic centre	centre historique
all directions	toutes directions
other directions	autres directions
entrance	entrée
entrances	entrées
main entrance	entrée principale
side entrance	entrée latérale
rear entrance	entrée arrière
back entrance	entrée arrière
front entrance	entrée principale
staff entrance	entrée du personnel
visitor entrance	entrée des visiteurs
no entrance	entrée interdite
entry	entrée
exit	sortie
exits	sorties
no exit	sans issue
exit only	sortie uniquement
entrance only	entrée uniquement
entry only	entrée uniquement
out	sortie
emergency exit	sortie de secours
emergency exits	sorties de secours
fire exit	sortie de secours
fire exits	sorties de secours
escape route	issue de secours
escape routes	issues de secours
floor	étage
floors	étages
ground floor	rez-de-chaussée
first floor	premier étage
second floor	deuxième étage
third floor	troisième étage
fourth floor	quatrième étage
fifth floor	cinquième étage
top floor	dernier étage
upper floor	étage supérieur
upper floors	étages supérieurs
lower floor	étage inférieur
basement	sous-sol
mezzanine	mezzanine
level	niveau
levels	niveaux
storey	étage
on the first floor	au premier étage
on the second floor	au deuxième étage
on the ground floor	au rez-de-chaussée
in the basement	au sous-sol
stairs	escaliers
staircase	escalier
stairway	escalier
steps	marches
step	marche
mind the step	attention à la marche
mind the steps	attention aux marches
watch your step	attention à la marche
use the stairs	utilisez les escaliers
escalator	escalator
escalators	escalators
lift	ascenseur
lifts	ascenseurs
elevator	ascenseur
elevators	ascenseurs
ramp	rampe
corridor	couloir
hallway	couloir
hall	salle
room	salle
rooms	salles
door	porte
doors	portes
gate	porte
gates	portes
window	fenêtre
windows	fenêtres
wall	mur
roof	toit
building	bâtiment
buildings	bâtiments
block	bloc
wing	aile
north wing	aile nord
south wing	aile sud
east wing	aile est
west wing	aile ouest
courtyard	cour
yard	cour
garden	jardin
gardens	jardins
terrace	terrasse
balcony	balcon
roof terrace	toit-terrasse
lobby	hall
foyer	foyer
reception	réception
front desk	accueil
information	information
information desk	bureau d'information
information point	point information
tourist information	office de tourisme
tourist office	office de tourisme
help desk	service d'assistance
meeting point	point de rencontre
assembly point	point de rassemblement
waiting room	salle d'attente
waiting area	zone d'attente
toilet	toilettes
toilets	toilettes
restroom	toilettes
restrooms	toilettes
bathroom	salle de bain
washroom	toilettes
lavatory	toilettes
wc	WC
ladies	dames
gents	hommes
gentlemen	messieurs
men	hommes
women	femmes
men's toilets	toilettes hommes
women's toilets	toilettes femmes
ladies toilets	toilettes dames
accessible toilet	toilettes accessibles
disabled toilet	toilettes pour handicapés
baby changing	table à langer
baby changing room	salle à langer
changing room	vestiaire
changing rooms	vestiaires
fitting room	cabine d'essayage
fitting rooms	cabines d'essayage
cloakroom	vestiaire
locker	casier
lockers	casiers
left luggage	consigne
luggage storage	consigne à bagages
lost property	objets trouvés
lost and found	objets trouvés
lost property office	bureau des objets trouvés
office	bureau
offices	bureaux
kitchen	cuisine
storeroom	réserve
store room	réserve
storage	stockage
warehouse	entrepôt
boiler room	chaufferie
plant room	local technique
machine room	salle des machines
server room	salle des serveurs
meeting room	salle de réunion
conference room	salle de conférence
classroom	salle de classe
lecture hall	amphithéâtre
staff room	salle du personnel
first aid room	infirmerie
prayer room	salle de prière
smoking area	espace fumeurs
smoking room	fumoir
non-smoking area	espace non-fumeurs
play area	aire de jeux
playground	aire de jeux
picnic area	aire de pique-nique
rest area	aire de repos
service area	aire de service
area	zone
areas	zones
zone	zone
section	section
sector	secteur
side	côté
front	avant
rear	arrière
at the rear	à l'arrière
at the back	à l'arrière
at the front	à l'avant
at the end	au bout
at the end of the corridor	au bout du couloir
end	fin
beginning	début
start	départ
finish	arrivée
middle	milieu
corner	coin
around the corner	au coin de la rue
top	haut
bottom	bas
pull	tirer
push	pousser
push to open	pousser pour ouvrir
pull to open	tirer pour ouvrir
press	appuyer
press button	appuyez sur le bouton
press the button	appuyez sur le bouton
press to open	appuyer pour ouvrir
press button to open	appuyez sur le bouton pour ouvrir
press button for assistance	appuyez sur le bouton pour obtenir de l'aide
ring the bell	sonnez
please ring	veuillez sonner
please ring the bell	veuillez sonner
please knock	veuillez frapper
knock	frapper
doorbell	sonnette
bell	sonnette
automatic door	porte automatique
automatic doors	portes automatiques
sliding door	porte coulissante
revolving door	porte tournante
door opens automatically	la porte s'ouvre automatiquement
keep door closed	porte à maintenir fermée
keep this door closed	gardez cette porte fermée
keep door shut	porte à maintenir fermée
keep door locked	porte à maintenir verrouillée
please close the door	veuillez fermer la porte
please close the gate	veuillez fermer le portail
please shut the gate	veuillez fermer le portail
keep gate closed	portail à maintenir fermé
do not block	ne pas bloquer
do not block the door	ne pas bloquer la porte
do not obstruct	ne pas obstruer
keep clear	laisser libre
keep exit clear	laisser la sortie libre
keep clear at all times	laisser libre en permanence
fire door	porte coupe-feu
fire door keep shut	porte coupe-feu, maintenir fermée
fire door keep closed	porte coupe-feu, maintenir fermée
no smoking	interdiction de fumer
no smoking area	zone non-fumeurs
smoking prohibited	interdiction de fumer
smoking is prohibited	il est interdit de fumer
smoking is not permitted	il est interdit de fumer
smoking is not allowed	il est interdit de fumer
smoking	fumer
non-smoking	non-fumeurs
smokers	fumeurs
smoke free	sans tabac
no vaping	interdiction de vapoter
no e-cigarettes	cigarettes électroniques interdites
no entry	entrée interdite
no access	accès interdit
no admittance	entrée interdite
no admission	entrée interdite
no entry for unauthorised persons	entrée interdite aux personnes non autorisées
no unauthorised access	accès interdit sans autorisation
no unauthorized access	accès interdit sans autorisation
authorised personnel only	réservé au personnel autorisé
authorized personnel only	réservé au personnel autorisé
staff only	réservé au personnel
employees only	réservé aux employés
members only	réservé aux membres
residents only	réservé aux résidents
guests only	réservé aux clients
customers only	réservé aux clients
patrons only	réservé aux clients
for customers only	réservé aux clients
for guests only	réservé aux clients
for staff only	réservé au personnel
private	privé
private property	propriété privée
private road	voie privée
private parking	parking privé
private area	zone privée
no trespassing	défense d'entrer
trespassers will be prosecuted	les contrevenants seront poursuivis
violators will be prosecuted	les contrevenants seront poursuivis
offenders will be prosecuted	les contrevenants seront poursuivis
keep out	défense d'entrer
do not enter	ne pas entrer
no parking	stationnement interdit
no parking at any time	stationnement interdit en permanence
no parking in front of the gate	stationnement interdit devant le portail
no stopping	arrêt interdit
no waiting	arrêt interdit
no u-turn	demi-tour interdit
no overtaking	dépassement interdit
no left turn	interdiction de tourner à gauche
no right turn	interdiction de tourner à droite
no through road	voie sans issue
no thoroughfare	passage interdit
no through traffic	circulation interdite sauf riverains
no vehicles	interdit aux véhicules
no cars	interdit aux voitures
no motor vehicles	interdit aux véhicules à moteur
no cycling	vélos interdits
no bicycles	vélos interdits
no bikes	vélos interdits
no skateboarding	skate interdit
no skating	patins interdits
no scooters	trottinettes interdites
no dogs	chiens interdits
no dogs allowed	chiens non admis
no pets	animaux interdits
no pets allowed	animaux non admis
no animals	animaux interdits
dogs allowed	chiens admis
pets allowed	animaux admis
dogs welcome	chiens bienvenus
guide dogs only	chiens guides uniquement
except guide dogs	sauf chiens guides
dogs must be kept on a lead	les chiens doivent être tenus en laisse
dogs must be kept on a leash	les chiens doivent être tenus en laisse
keep dogs on a lead	tenez les chiens en laisse
keep your dog on a lead	tenez votre chien en laisse
please clean up after your dog	ramassez les déjections de votre chien
no dog fouling	déjections canines interdites
dog fouling	déjections canines
no fishing	pêche interdite
no swimming	baignade interdite
no bathing	baignade interdite
no diving	plongeon interdit
no jumping	interdit de sauter
no running	interdit de courir
no climbing	interdit de grimper
no ball games	jeux de ballon interdits
no playing	interdit de jouer
no camping	camping interdit
no fires	feux interdits
no open fires	feux interdits
no barbecues	barbecues interdits
no litter	ne pas jeter de déchets
no littering	ne pas jeter de déchets
no dumping	dépôt d'ordures interdit
no fly tipping	dépôt sauvage interdit
no food	nourriture interdite
no food or drink	nourriture et boissons interdites
no food or drinks	nourriture et boissons interdites
no food and drink	nourriture et boissons interdites
no eating	interdit de manger
no drinking	interdit de boire
no alcohol	alcool interdit
no glass	verre interdit
no glass bottles	bouteilles en verre interdites
no outside food	nourriture extérieure interdite
no photography	photos interdites
no photographs	photos interdites
no photos	photos interdites
no flash	flash interdit
no flash photography	photos au flash interdites
no filming	interdit de filmer
no video	vidéo interdite
no mobile phones	téléphones portables interdits
no phones	téléphones interdits
no touching	interdit de toucher
do not touch	ne pas toucher
please do not touch	merci de ne pas toucher
please do not touch the exhibits	merci de ne pas toucher les objets exposés
do not touch the exhibits	ne pas toucher les objets exposés
no noise	pas de bruit
no loud music	musique forte interdite
quiet please	silence, s'il vous plaît
silence please	silence, s'il vous plaît
please be quiet	veuillez faire silence
please keep quiet	veuillez garder le silence
silence	silence
quiet	calme
quiet zone	zone de silence
quiet area	zone calme
quiet carriage	voiture silencieuse
no hawkers	colportage interdit
no street vending	vente ambulante interdite
no begging	mendicité interdite
no advertising	publicité interdite
no junk mail	pas de publicité
no flyers	pas de prospectus
no bill posting	défense d'afficher
stick no bills	défense d'afficher
no graffiti	graffitis interdits
no weapons	armes interdites
no firearms	armes à feu interdites
no drugs	drogues interdites
no shoes	pas de chaussures
no shirt no shoes no service	pas de chemise, pas de chaussures, pas de service
no children	interdit aux enfants
no under 18s	interdit aux moins de 18 ans
no under 16s	interdit aux moins de 16 ans
adults only	réservé aux adultes
over 18s only	réservé aux plus de 18 ans
strictly prohibited	strictement interdit
strictly forbidden	strictement interdit
it is forbidden to	il est interdit de
it is prohibited to	il est interdit de
is prohibited	est interdit
is forbidden	est interdit
is not allowed	n'est pas autorisé
is not permitted	n'est pas autorisé
are not allowed	ne sont pas autorisés
are not permitted	ne sont pas autorisés
are prohibited	sont interdits
are welcome	sont les bienvenus
not allowed	non autorisé
not permitted	non autorisé
is allowed	est autorisé
is permitted	est autorisé
permitted	autorisé
allowed	autorisé
prohibited	interdit
forbidden	interdit
banned	interdit
not allowed to	interdit de
prohibition	interdiction
ban	interdiction
obligatory	obligatoire
mandatory	obligatoire
compulsory	obligatoire
required	obligatoire
must be worn	doit être porté
must be	doit être
must be kept	doivent être tenus
must be accompanied	doivent être accompagnés
must be accompanied by an adult	doivent être accompagnés d'un adulte
children must be accompanied by an adult	les enfants doivent être accompagnés d'un adulte
under 16s must be accompanied by an adult	les moins de 16 ans doivent être accompagnés d'un adulte
children under	enfants de moins de
children under 12	enfants de moins de 12 ans
unaccompanied children	enfants non accompagnés
parents are responsible for their children	les parents sont responsables de leurs enfants
parents are responsible	les parents sont responsables
use at your own risk	utilisation à vos risques et périls
at your own risk	à vos risques et périls
enter at your own risk	entrée à vos risques et périls
swim at your own risk	baignade à vos risques et périls
park at your own risk	stationnement à vos risques et périls
we are not responsible	nous déclinons toute responsabilité
not responsible for lost or stolen items	nous ne sommes pas responsables des objets perdus ou volés
the management is not responsible	la direction décline toute responsabilité
keep off the grass	pelouse interdite
please keep off the grass	merci de ne pas marcher sur la pelouse
keep off	ne pas marcher
do not walk on the grass	ne pas marcher sur la pelouse
do not feed the animals	ne pas nourrir les animaux
please do not feed the animals	merci de ne pas nourrir les animaux
do not feed the birds	ne pas nourrir les oiseaux
do not feed the ducks	ne pas nourrir les canards
do not feed	ne pas nourrir
do not disturb	ne pas déranger
please do not disturb	prière de ne pas déranger
do not lean	ne pas s'appuyer
do not lean on the doors	ne pas s'appuyer sur les portes
do not lean out of the window	ne pas se pencher par la fenêtre
do not sit	ne pas s'asseoir
do not stand	ne pas stationner
do not climb	ne pas grimper
do not cross	ne pas traverser
do not cross the tracks	ne pas traverser les voies
do not run	ne pas courir
do not smoke	ne pas fumer
do not park	ne pas stationner
do not park here	ne pas stationner ici
do not leave	ne pas laisser
do not leave bags unattended	ne laissez pas vos bagages sans surveillance
do not leave your luggage unattended	ne laissez pas vos bagages sans surveillance
do not leave valuables in your car	ne laissez pas d'objets de valeur dans votre voiture
do not leave valuables in your vehicle	ne laissez pas d'objets de valeur dans votre véhicule
leave no valuables in your car	ne laissez aucun objet de valeur dans la voiture
unattended bags will be removed	les bagages abandonnés seront détruits
unattended	sans surveillance
do not use	ne pas utiliser
do not use in case of fire	ne pas utiliser en cas d'incendie
do not use the lift in case of fire	ne pas utiliser l'ascenseur en cas d'incendie
in case of fire do not use the lift	en cas d'incendie ne pas utiliser l'ascenseur
in case of fire	en cas d'incendie
in case of emergency	en cas d'urgence
in an emergency	en cas d'urgence
in the event of fire	en cas d'incendie
in the event of an emergency	en cas d'urgence
do not throw	ne pas jeter
do not throw rubbish	ne pas jeter de déchets
do not flush	ne pas jeter dans les toilettes
please do not flush paper towels	ne jetez pas de serviettes en papier dans les toilettes
do not drink	ne pas boire
do not block the entrance	ne pas bloquer l'entrée
do not block the exit	ne pas bloquer la sortie
do not block the driveway	ne pas bloquer l'accès
do not open	ne pas ouvrir
do not open the door	ne pas ouvrir la porte
do not open the window	ne pas ouvrir la fenêtre
do not remove	ne pas retirer
do not move	ne pas déplacer
do not switch off	ne pas éteindre
do not operate	ne pas actionner
do not stack	ne pas empiler
do not step	ne pas marcher
do not step on	ne pas marcher sur
do not pick the flowers	ne pas cueillir les fleurs
do not litter	ne pas jeter de déchets
do not disturb the wildlife	ne dérangez pas la faune
no exceptions	aucune exception
without exception	sans exception
no exit for cars	pas de sortie pour les voitures
entry prohibited	entrée interdite
access prohibited	accès interdit
access denied	accès refusé
restricted area	zone réglementée
restricted access	accès restreint
controlled area	zone contrôlée
reserved	réservé
reserved for	réservé aux
reserved for disabled people	réservé aux personnes handicapées
reserved for disabled	réservé aux handicapés
reserved for the elderly	réservé aux personnes âgées
reserved for pregnant women	réservé aux femmes enceintes
priority seat	place prioritaire
priority seats	places prioritaires
priority seating	places prioritaires
please give up this seat	veuillez céder cette place
please give up your seat	veuillez céder votre place
if you are able	si vous le pouvez
for people who need it	pour les personnes qui en ont besoin
rules	règlement
regulations	règlement
rule	règle
house rules	règlement intérieur
park rules	règlement du parc
pool rules	règlement de la piscine
by order	par ordre
by order of the management	par ordre de la direction
by law	selon la loi
the management	la direction
management	direction
warning	avertissement
notice	avis
important notice	avis important
public notice	avis au public
please note	veuillez noter
note	remarque
attention	attention
important	important
please read	veuillez lire
read carefully	lire attentivement
please read carefully	veuillez lire attentivement
thank you for your cooperation	merci de votre coopération
thank you for your understanding	merci de votre compréhension
thank you for your patience	merci de votre patience
thank you for your visit	merci de votre visite
thank you for visiting	merci de votre visite
thank you for shopping with us	merci de vos achats
thank you for not smoking	merci de ne pas fumer
thank you for your help	merci de votre aide
thank you for choosing	merci d'avoir choisi
danger	danger
dangerous	dangereux
danger of death	danger de mort
caution	attention
careful	attention
be careful	faites attention
take care	faites attention
beware	attention
beware of the dog	attention au chien
beware of pickpockets	attention aux pickpockets
mind	attention à
mind your head	attention à la tête
mind the gap	attention à la marche
mind the gap between the train and the platform	attention à l'espace entre le train et le quai
mind your fingers	attention aux doigts
mind the doors	attention aux portes
hazard	danger
hazards	dangers
risk	risque
risk of	risque de
risk of falling	risque de chute
risk of fire	risque d'incendie
risk of electric shock	risque d'électrocution
fire risk	risque d'incendie
wet floor	sol mouillé
caution wet floor	attention, sol mouillé
slippery	glissant
slippery floor	sol glissant
slippery surface	surface glissante
slippery when wet	glissant par temps humide
slippery road	chaussée glissante
icy	verglacé
ice	glace
black ice	verglas
falling rocks	chutes de pierres
falling objects	chute d'objets
deep water	eau profonde
strong currents	courants forts
high voltage	haute tension
danger high voltage	danger haute tension
electricity	électricité
electrical	électrique
electric	électrique
electric shock	choc électrique
live wires	câbles sous tension
flammable	inflammable
highly flammable	extrêmement inflammable
explosive	explosif
toxic	toxique
poison	poison
poisonous	toxique
corrosive	corrosif
hot	chaud
hot surface	surface chaude
hot water	eau chaude
cold water	eau froide
very hot	très chaud
sharp	tranchant
fragile	fragile
handle with care	manipuler avec précaution
heavy	lourd
heavy load	charge lourde
low ceiling	plafond bas
low bridge	pont bas
low clearance	hauteur limitée
uneven surface	surface irrégulière
uneven ground	terrain irrégulier
steep	raide
steep slope	pente raide
steep drop	à-pic
cliff	falaise
cliff edge	bord de la falaise
keep away from the edge	éloignez-vous du bord
keep away	tenir à l'écart
keep away from	tenez-vous à l'écart de
keep back	reculez
stand back	reculez
stand clear	éloignez-vous
stand clear of the doors	éloignez-vous des portes
stand behind the yellow line	restez derrière la ligne jaune
keep behind the yellow line	restez derrière la ligne jaune
keep children away	tenir les enfants à l'écart
keep out of reach of children	tenir hors de portée des enfants
fire	incendie
fires	incendies
fire alarm	alarme incendie
fire alarm call point	déclencheur manuel d'alarme
fire extinguisher	extincteur
fire extinguishers	extincteurs
extinguisher	extincteur
fire hose	tuyau d'incendie
fire hydrant	bouche d'incendie
fire blanket	couverture anti-feu
fire brigade	pompiers
fire department	pompiers
fire station	caserne de pompiers
firefighters	pompiers
fire assembly point	point de rassemblement incendie
fire escape	escalier de secours
fire procedure	consignes en cas d'incendie
fire action	consignes incendie
if you discover a fire	si vous découvrez un incendie
raise the alarm	donnez l'alerte
sound the alarm	déclenchez l'alarme
on hearing the alarm	en entendant l'alarme
leave the building	quittez le bâtiment
leave the building immediately	quittez immédiatement le bâtiment
by the nearest exit	par la sortie la plus proche
nearest exit	sortie la plus proche
do not stop to collect belongings	ne vous arrêtez pas pour récupérer vos affaires
do not return	ne revenez pas
do not re-enter	ne rentrez pas
do not re-enter the building	ne rentrez pas dans le bâtiment
until told it is safe	jusqu'à ce qu'on vous dise que c'est sans danger
alarm	alarme
alarms	alarmes
alarm system	système d'alarme
this door is alarmed	cette porte est sous alarme
door alarmed	porte sous alarme
emergency	urgence
emergencies	urgences
emergency only	urgence uniquement
for emergency use only	à utiliser uniquement en cas d'urgence
emergency use only	usage d'urgence uniquement
emergency stop	arrêt d'urgence
emergency button	bouton d'urgence
emergency brake	frein d'urgence
emergency call	appel d'urgence
emergency number	numéro d'urgence
emergency phone	téléphone d'urgence
emergency telephone	téléphone d'urgence
emergency services	services d'urgence
emergency lighting	éclairage de secours
emergency vehicles	véhicules d'urgence
emergency vehicles only	véhicules d'urgence uniquement
emergency access	accès pompiers
emergency department	urgences
accident and emergency	urgences
evacuation	évacuation
evacuation route	itinéraire d'évacuation
evacuate	évacuer
evacuation plan	plan d'évacuation
you are here	vous êtes ici
break glass	briser la glace
break glass in case of emergency	briser la glace en cas d'urgence
break glass press here	briser la glace, appuyer ici
pull handle	tirer la poignée
pull down	tirer vers le bas
first aid	premiers secours
first aid kit	trousse de secours
first aid box	boîte de premiers secours
first aider	secouriste
first aid station	poste de secours
defibrillator	défibrillateur
aed	DAE
eye wash	lave-œil
eye wash station	station de lavage oculaire
safety	sécurité
security	sécurité
safety first	la sécurité d'abord
for your safety	pour votre sécurité
for your own safety	pour votre propre sécurité
for safety reasons	pour des raisons de sécurité
for security reasons	pour des raisons de sécurité
safety instructions	consignes de sécurité
safety information	informations de sécurité
safety equipment	équipement de sécurité
safety helmet	casque de sécurité
safety helmets must be worn	port du casque obligatoire
hard hats must be worn	port du casque obligatoire
hard hat area	port du casque obligatoire
safety glasses	lunettes de sécurité
safety goggles	lunettes de protection
eye protection	protection des yeux
ear protection	protection auditive
hearing protection	protection auditive
protective clothing	vêtements de protection
safety shoes	chaussures de sécurité
safety footwear	chaussures de sécurité
gloves	gants
wear gloves	portez des gants
high visibility	haute visibilité
high visibility vest	gilet haute visibilité
mask	masque
masks	masques
face mask	masque
face masks	masques
face covering	couvre-visage
masks must be worn	le port du masque est obligatoire
please wear a mask	veuillez porter un masque
wear a mask	portez un masque
keep your distance	gardez vos distances
keep a safe distance	gardez une distance de sécurité
social distancing	distanciation sociale
wash your hands	lavez-vous les mains
please wash your hands	veuillez vous laver les mains
employees must wash hands	le personnel doit se laver les mains
hand sanitiser	gel hydroalcoolique
hand sanitizer	gel hydroalcoolique
sanitise your hands	désinfectez vos mains
disinfect	désinfecter
hygiene	hygiène
cctv	vidéosurveillance
cctv in operation	vidéosurveillance en service
video surveillance	vidéosurveillance
under video surveillance	sous vidéosurveillance
this area is under video surveillance	cette zone est placée sous vidéosurveillance
these premises are protected by cctv	ces locaux sont placés sous vidéosurveillance
surveillance	surveillance
camera	caméra
cameras	caméras
security cameras	caméras de sécurité
security guard	agent de sécurité
security check	contrôle de sécurité
security control	contrôle de sécurité
bag check	contrôle des sacs
bags may be searched	les sacs peuvent être fouillés
guard dogs	chiens de garde
guard dogs on patrol	chiens de garde en patrouille
alarm protected	protégé par alarme
construction	travaux
construction site	chantier
building site	chantier
under construction	en construction
work in progress	travaux en cours
works in progress	travaux en cours
men at work	travaux
roadworks	travaux routiers
road works	travaux routiers
road works ahead	travaux à venir
works	travaux
maintenance	maintenance
under maintenance	en maintenance
maintenance work	travaux de maintenance
repair	réparation
repairs	réparations
under repair	en réparation
renovation	rénovation
closed for renovation	fermé pour rénovation
closed for refurbishment	fermé pour travaux
closed for repairs	fermé pour réparations
closed for maintenance	fermé pour maintenance
out of order	hors service
out of service	hors service
not in service	hors service
not in use	hors d'usage
in use	en service
in operation	en fonctionnement
out of use	hors d'usage
broken	cassé
damaged	endommagé
faulty	défectueux
temporarily out of order	temporairement hors service
wet paint	peinture fraîche
fresh paint	peinture fraîche
scaffolding	échafaudage
crane	grue
excavation	fouille
hole	trou
trench	tranchée
debris	débris
dust	poussière
noise	bruit
asbestos	amiante
gas	gaz
gas leak	fuite de gaz
smell of gas	odeur de gaz
smoke	fumée
smoke detector	détecteur de fumée
carbon monoxide	monoxyde de carbone
radiation	rayonnement
laser	laser
biohazard	risque biologique
chemicals	produits chimiques
oxygen	oxygène
no naked flames	flammes nues interdites
naked flames	flammes nues
overhead	aérien
overhead cables	câbles aériens
overhead power lines	lignes électriques aériennes
machinery	machines
moving parts	pièces en mouvement
forklift trucks	chariots élévateurs
vehicles reversing	véhicules en marche arrière
lifeguard	maître-nageur
lifeguard on duty	surveillance assurée
no lifeguard on duty	baignade non surveillée
life jacket	gilet de sauvetage
life jackets	gilets de sauvetage
lifebuoy	bouée de sauvetage
life ring	bouée de sauvetage
rescue	secours
help	aide
help point	point d'assistance
help line	ligne d'assistance
helpline	ligne d'assistance
call	appeler
call for help	appelez à l'aide
dial	composez
dial 112	composez le 112
call 112	appelez le 112
call 999	appelez le 999
call 911	appelez le 911
ambulance	ambulance
police	police
police station	commissariat
police officer	agent de police
report	signaler
report to	présentez-vous à
please report to reception	veuillez vous présenter à l'accueil
all visitors must report to reception	tous les visiteurs doivent se présenter à l'accueil
all visitors must sign in	tous les visiteurs doivent s'enregistrer
visitors must sign in	les visiteurs doivent s'enregistrer
report any suspicious behaviour	signalez tout comportement suspect
suspicious	suspect
suspicious package	colis suspect
see it say it sorted	signalez-le
theft	vol
thieves	voleurs
pickpockets	pickpockets
pickpockets operate in this area	des pickpockets opèrent dans ce secteur
watch your belongings	surveillez vos affaires
keep your belongings with you	gardez vos affaires avec vous
keep your belongings with you at all times	gardez vos affaires avec vous en permanence
belongings	affaires
personal belongings	effets personnels
valuables	objets de valeur
station	gare
stations	gares
train station	gare
railway station	gare ferroviaire
railway	chemin de fer
railroad	chemin de fer
central station	gare centrale
main station	gare principale
bus station	gare routière
coach station	gare routière
metro station	station de métro
underground station	station de métro
subway station	station de métro
tube station	station de métro
train	train
trains	trains
bus	bus
buses	bus
coach	car
coaches	cars
tram	tramway
trams	tramways
metro	métro
underground	métro
subway	métro
tube	métro
taxi	taxi
taxis	taxis
taxi rank	station de taxis
taxi stand	station de taxis
ferry	ferry
ferries	ferries
boat	bateau
boats	bateaux
ship	navire
port	port
harbour	port
harbor	port
pier	jetée
quay	quai
dock	quai
marina	port de plaisance
plane	avion
airport	aéroport
to the airport	vers l'aéroport
airline	compagnie aérienne
flight	vol
flights	vols
terminal	terminal
boarding	embarquement
boarding pass	carte d'embarquement
boarding gate	porte d'embarquement
check-in	enregistrement
check-in desk	comptoir d'enregistrement
baggage	bagages
luggage	bagages
hand luggage	bagage à main
carry-on	bagage cabine
baggage claim	retrait des bagages
baggage reclaim	retrait des bagages
baggage drop	dépôt des bagages
bag drop	dépôt bagages
luggage trolley	chariot à bagages
trolleys	chariots
trolley	chariot
passport	passeport
passports	passeports
passport control	contrôle des passeports
customs	douane
nothing to declare	rien à déclarer
goods to declare	marchandises à déclarer
immigration	immigration
arrivals	arrivées
arrival	arrivée
departures	départs
departure	départ
domestic flights	vols intérieurs
international flights	vols internationaux
connecting flights	vols en correspondance
transfer	transfert
transfers	correspondances
connections	correspondances
connection	correspondance
platform	quai
platforms	quais
track	voie
tracks	voies
line	ligne
lines	lignes
route	itinéraire
routes	itinéraires
stop	arrêt
stops	arrêts
bus stop	arrêt de bus
bus stops	arrêts de bus
tram stop	arrêt de tram
request stop	arrêt sur demande
next stop	prochain arrêt
next station	prochaine station
last stop	terminus
terminus	terminus
final destination	destination finale
destination	destination
destinations	destinations
journey	trajet
trip	voyage
travel	voyager
travellers	voyageurs
travelers	voyageurs
passenger	passager
passengers	passagers
passengers only	réservé aux passagers
passengers must	les passagers doivent
driver	conducteur
drivers	conducteurs
do not talk to the driver	ne pas parler au conducteur
do not distract the driver	ne distrayez pas le conducteur
conductor	contrôleur
carriage	voiture
carriages	voitures
car	voiture
cars	voitures
seat	place
seats	places
seat reservation	réservation de place
reserved seat	place réservée
first class	première classe
second class	deuxième classe
standard class	classe standard
business class	classe affaires
economy class	classe économique
dining car	voiture-restaurant
sleeper	wagon-lit
ticket	billet
tickets	billets
ticket office	guichet
ticket machine	distributeur de billets
ticket machines	distributeurs de billets
ticket sales	vente de billets
ticket counter	guichet
tickets here	billets ici
single ticket	aller simple
return ticket	aller-retour
one way	aller simple
round trip	aller-retour
day ticket	billet journée
day pass	pass journée
season ticket	abonnement
travel card	carte de transport
travelcard	carte de transport
pass	pass
valid ticket	titre de transport valable
valid tickets	titres de transport valables
validate	composter
validate your ticket	compostez votre billet
validate your ticket before boarding	compostez votre billet avant de monter
tickets must be validated	les billets doivent être compostés
ticket validation	compostage
ticket inspection	contrôle des billets
ticket inspectors	contrôleurs
fare	tarif
fares	tarifs
fare evasion	fraude
penalty fare	amende
exact fare	appoint exact
exact fare only	appoint exact uniquement
no change given	pas de rendu de monnaie
board	monter
boarding here	embarquement ici
get on	monter
get off	descendre
alight	descendre
alight here	descendre ici
let passengers off first	laissez descendre avant de monter
change	changement
change here for	changez ici pour
change trains	changer de train
cancelled	annulé
canceled	annulé
cancellation	annulation
diverted	dévié
diversion	déviation
detour	déviation
follow diversion	suivre la déviation
replacement bus	bus de remplacement
rail replacement bus	bus de substitution
service	service
services	services
service suspended	service interrompu
no service	pas de service
strike	grève
night bus	bus de nuit
express	express
shuttle	navette
shuttle bus	navette
free shuttle	navette gratuite
cable car	téléphérique
funicular	funiculaire
chairlift	télésiège
ski lift	remontée mécanique
road	route
roads	routes
street	rue
streets	rues
avenue	avenue
square	place
lane	voie
lanes	voies
bus lane	voie de bus
cycle lane	piste cyclable
bike lane	piste cyclable
cycle path	piste cyclable
footpath	sentier
path	chemin
pavement	trottoir
sidewalk	trottoir
pedestrian	piéton
pedestrians	piétons
pedestrian crossing	passage piéton
pedestrian zone	zone piétonne
pedestrians only	réservé aux piétons
crossing	passage
level crossing	passage à niveau
junction	carrefour
intersection	intersection
crossroads	carrefour
roundabout	rond-point
bridge	pont
tunnel	tunnel
motorway	autoroute
highway	autoroute
toll	péage
toll road	route à péage
traffic	circulation
traffic lights	feux de circulation
traffic jam	embouteillage
one way street	rue à sens unique
one way traffic	sens unique
dead end	impasse
give way	cédez le passage
yield	cédez le passage
priority	priorité
slow	lentement
slow down	ralentir
dead slow	au pas
drive slowly	roulez lentement
drive carefully	conduisez prudemment
speed	vitesse
speed limit	limitation de vitesse
speed camera	radar
maximum speed	vitesse maximale
mph	mph
accident	accident
accidents	accidents
breakdown	panne
road closed	route barrée
street closed	rue barrée
closed to traffic	fermé à la circulation
except for access	sauf riverains
access only	accès riverains
except buses	sauf bus
except cyclists	sauf cyclistes
except taxis	sauf taxis
except deliveries	sauf livraisons
loading	chargement
unloading	déchargement
loading bay	aire de livraison
loading zone	zone de livraison
loading and unloading	chargement et déchargement
loading and unloading only	livraisons uniquement
deliveries	livraisons
delivery	livraison
deliveries only	livraisons uniquement
goods entrance	entrée des marchandises
goods in	réception des marchandises
parking	parking
car park	parking
car parks	parkings
parking lot	parking
parking garage	parking couvert
multi-storey car park	parking à étages
underground car park	parking souterrain
underground parking	parking souterrain
free parking	parking gratuit
paid parking	parking payant
pay and display	payer et afficher
parking ticket	ticket de stationnement
parking tickets	tickets de stationnement
parking meter	horodateur
parking permit	permis de stationnement
permit holders only	réservé aux détenteurs de permis
parking for customers only	parking réservé aux clients
customer parking	parking clients
visitor parking	parking visiteurs
disabled parking	place handicapé
parking space	place de stationnement
parking spaces	places de stationnement
spaces	places
space	place
full	complet
car park full	parking complet
vacant	libre
spaces available	places disponibles
tow away zone	enlèvement demandé
vehicles will be towed	les véhicules seront enlevés
towed away	mis en fourrière
clamping	sabot
wheel clamping in operation	pose de sabots
driveway	entrée de garage
keep driveway clear	ne pas bloquer l'entrée
entrance and exit	entrée et sortie
garage	garage
petrol station	station-service
gas station	station-service
fuel	carburant
petrol	essence
diesel	gazole
unleaded	sans plomb
electric vehicle charging	recharge des véhicules électriques
charging point	borne de recharge
charging station	borne de recharge
car wash	lavage auto
car hire	location de voitures
car rental	location de voitures
bicycle	vélo
bicycles	vélos
bike	vélo
bikes	vélos
bike hire	location de vélos
bike rental	location de vélos
bicycle parking	parking à vélos
bike parking	parking vélos
cyclists	cyclistes
cyclists dismount	cyclistes, descendez de vélo
please dismount	veuillez descendre de vélo
dismount	descendez
motorcycle	moto
motorcycles	motos
motorbikes	motos
scooter	trottinette
vehicle	véhicule
vehicles	véhicules
lorry	camion
lorries	camions
truck	camion
trucks	camions
van	camionnette
heavy vehicles	poids lourds
caravan	caravane
motorhome	camping-car
motorhomes	camping-cars
wheelchair	fauteuil roulant
wheelchairs	fauteuils roulants
wheelchair access	accès fauteuil roulant
wheelchair accessible	accessible en fauteuil roulant
step-free access	accès de plain-pied
accessible	accessible
accessibility	accessibilité
accessible entrance	entrée accessible
disabled	handicapés
disabled access	accès handicapés
disabled people	personnes handicapées
people with reduced mobility	personnes à mobilité réduite
reduced mobility	mobilité réduite
pushchairs	poussettes
pushchair	poussette
prams	landaus
strollers	poussettes
buggies	poussettes
please fold pushchairs	veuillez plier les poussettes
open	ouvert
closed	fermé
we are open	nous sommes ouverts
we are closed	nous sommes fermés
we're open	nous sommes ouverts
we're closed	nous sommes fermés
sorry we're closed	désolé, nous sommes fermés
sorry we are closed	désolé, nous sommes fermés
come in we're open	entrez, nous sommes ouverts
come in	entrez
please come in	entrez, s'il vous plaît
shop	magasin
shops	magasins
store	magasin
stores	magasins
shopping	shopping
shopping centre	centre commercial
shopping center	centre commercial
shopping mall	centre commercial
mall	centre commercial
department store	grand magasin
supermarket	supermarché
market	marché
markets	marchés
flea market	marché aux puces
market day	jour de marché
bakery	boulangerie
butcher	boucherie
butcher's	boucherie
fishmonger	poissonnerie
greengrocer	primeur
grocery	épicerie
grocer	épicerie
pastry shop	pâtisserie
cake shop	pâtisserie
pharmacy	pharmacie
chemist	pharmacie
chemist's	pharmacie
drugstore	droguerie
duty pharmacy	pharmacie de garde
pharmacy on duty	pharmacie de garde
bookshop	librairie
bookstore	librairie
newsagent	marchand de journaux
newsstand	kiosque à journaux
kiosk	kiosque
tobacconist	bureau de tabac
florist	fleuriste
hairdresser	coiffeur
barber	barbier
jeweller	bijouterie
jewelry	bijoux
optician	opticien
shoe shop	magasin de chaussures
clothes	vêtements
clothing	vêtements
fashion	mode
toys	jouets
toy shop	magasin de jouets
gift shop	boutique de cadeaux
souvenirs	souvenirs
souvenir shop	boutique de souvenirs
hardware store	quincaillerie
electronics	électronique
laundry	laverie
launderette	laverie automatique
laundromat	laverie automatique
dry cleaner	pressing
dry cleaning	nettoyage à sec
off licence	caviste
wine shop	cave à vin
delicatessen	épicerie fine
organic	bio
organic products	produits bio
local products	produits locaux
homemade	fait maison
handmade	fait main
fresh	frais
fresh bread	pain frais
sale	soldes
sales	soldes
on sale	en solde
for sale	à vendre
for rent	à louer
to let	à louer
for hire	à louer
sold	vendu
sold out	épuisé
closing down sale	liquidation totale
clearance	liquidation
clearance sale	liquidation
everything must go	tout doit disparaître
offer	offre
offers	offres
special offer	offre spéciale
special offers	offres spéciales
discount	réduction
discounts	réductions
reduced	réduit
reduction	réduction
off	de réduction
up to 50% off	jusqu'à 50% de réduction
half price	moitié prix
buy one get one free	un acheté, un offert
2 for 1	2 pour 1
free	gratuit
free of charge	gratuit
for free	gratuitement
free entry	entrée libre
free admission	entrée gratuite
admission free	entrée gratuite
free gift	cadeau offert
new	nouveau
new arrivals	nouveautés
new collection	nouvelle collection
best seller	meilleure vente
price	prix
prices	prix
price list	liste des prix
price per kg	prix au kg
cost	coût
costs	coûts
charge	frais
charges	frais
fee	frais
fees	frais
rate	tarif
rates	tarifs
tariff	tarif
total	total
subtotal	sous-total
amount	montant
vat	TVA
including vat	TVA comprise
excluding vat	hors TVA
tax	taxe
taxes	taxes
tax free	détaxe
tax-free shopping	achats hors taxes
duty free	hors taxes
included	compris
not included	non compris
service included	service compris
service not included	service non compris
service charge	frais de service
tip	pourboire
tips	pourboires
tips welcome	pourboires bienvenus
pay	payer
pay here	payez ici
please pay here	veuillez payer ici
pay at the counter	payez au comptoir
pay at the till	payez à la caisse
please pay at the till	veuillez payer à la caisse
please pay before	veuillez payer avant
pay before you eat	payez avant de manger
payment	paiement
payments	paiements
method of payment	mode de paiement
payment methods	modes de paiement
pay by card	paiement par carte
card payment	paiement par carte
card payments	paiements par carte
card only	carte uniquement
cards only	cartes uniquement
cash	espèces
cash only	espèces uniquement
no cash	pas d'espèces
cashless	sans espèces
cash desk	caisse
cash machine	distributeur de billets
cashpoint	distributeur de billets
atm	distributeur
tills	caisses
checkout	caisse
checkouts	caisses
self checkout	caisse automatique
self-service checkout	caisse libre-service
cashier	caissier
counter	comptoir
credit card	carte de crédit
credit cards	cartes de crédit
debit card	carte de débit
credit cards accepted	cartes de crédit acceptées
we accept	nous acceptons
we do not accept	nous n'acceptons pas
accepted	accepté
not accepted	non accepté
contactless	sans contact
contactless payment	paiement sans contact
minimum spend	achat minimum
minimum card payment	paiement minimum par carte
coins	pièces
coin	pièce
coins only	pièces uniquement
notes	billets
banknotes	billets de banque
change machine	monnayeur
exact change	appoint
exact change only	faites l'appoint
money	argent
currency exchange	bureau de change
bureau de change	bureau de change
exchange	change
exchange rate	taux de change
euro	euro
euros	euros
pound	livre
pounds	livres
dollar	dollar
dollars	dollars
cent	centime
cents	centimes
receipt	reçu
receipts	reçus
please keep your receipt	veuillez conserver votre reçu
keep your receipt	conservez votre ticket
invoice	facture
bill	addition
the bill	l'addition
refund	remboursement
refunds	remboursements
no refunds	pas de remboursement
returns	retours
no returns	ni repris ni échangé
exchanges	échanges
no exchanges	pas d'échange
no refunds or exchanges	ni repris ni échangé
guarantee	garantie
warranty	garantie
satisfaction guaranteed	satisfaction garantie
customer	client
customers	clients
customer service	service client
customer services	service clients
dear customers	chers clients
dear guests	chers hôtes
dear visitors	chers visiteurs
dear passengers	chers voyageurs
client	client
clients	clients
shoplifters will be prosecuted	tout vol fera l'objet de poursuites
shoplifting	vol à l'étalage
self service	libre-service
please help yourself	servez-vous
help yourself	servez-vous
please wait to be served	veuillez attendre d'être servi
please queue here	veuillez faire la queue ici
queue here	faites la queue ici
queue	file d'attente
please wait here	veuillez attendre ici
wait here	attendez ici
please wait	veuillez patienter
please wait behind the line	veuillez attendre derrière la ligne
wait behind the line	attendez derrière la ligne
take a number	prenez un numéro
take a ticket	prenez un ticket
please take a ticket	veuillez prendre un ticket
please take a number	veuillez prendre un numéro
wait for your number	attendez votre numéro
wait for your number to be called	attendez que votre numéro soit appelé
next please	au suivant, s'il vous plaît
one at a time	un à la fois
one customer at a time	un client à la fois
maximum 2 customers at a time	2 clients maximum à la fois
basket	panier
baskets	paniers
shopping basket	panier
shopping trolley	chariot
bag	sac
bags	sacs
plastic bag	sac plastique
plastic bags	sacs plastiques
paper bag	sac en papier
bags for sale	sacs en vente
please leave your bags here	veuillez laisser vos sacs ici
item	article
items	articles
product	produit
products	produits
goods	marchandises
stock	stock
in stock	en stock
out of stock	en rupture de stock
available	disponible
not available	non disponible
unavailable	indisponible
limited	limité
limited edition	édition limitée
limit	limite
quantity	quantité
maximum quantity	quantité maximale
per customer	par client
size	taille
sizes	tailles
small	petit
medium	moyen
large	grand
extra large	très grand
weight	poids
kg	kg
litre	litre
litres	litres
gift	cadeau
gifts	cadeaux
gift card	carte cadeau
gift voucher	bon cadeau
voucher	bon
vouchers	bons
coupon	coupon
loyalty card	carte de fidélité
membership	adhésion
member	membre
members	membres
opening hours vary	les horaires peuvent varier
order	commande
orders	commandes
order here	commandez ici
collect here	retrait ici
collection point	point de retrait
click and collect	retrait en magasin
pick up	retrait
pickup	retrait
home delivery	livraison à domicile
free delivery	livraison gratuite
takeaway	à emporter
take away	à emporter
to go	à emporter
eat in	sur place
eat in or take away	sur place ou à emporter
bank	banque
banks	banques
branch	agence
post office	bureau de poste
post	poste
mail	courrier
letters	lettres
letter	lettre
parcel	colis
parcels	colis
package	colis
packages	colis
stamps	timbres
stamp	timbre
postbox	boîte aux lettres
letterbox	boîte aux lettres
mailbox	boîte aux lettres
last collection	dernière levée
next collection	prochaine levée
collection times	heures de levée
hospital	hôpital
hospitals	hôpitaux
clinic	clinique
health centre	centre de santé
health center	centre de santé
medical centre	centre médical
doctor	médecin
doctors	médecins
dentist	dentiste
nurse	infirmière
patient	patient
patients	patients
patients only	réservé aux patients
ward	service
outpatients	consultations externes
appointment	rendez-vous
appointments	rendez-vous
by appointment only	uniquement sur rendez-vous
by appointment	sur rendez-vous
no appointment necessary	sans rendez-vous
walk-in	sans rendez-vous
medicine	médicament
medicines	médicaments
prescription	ordonnance
prescriptions	ordonnances
blood	sang
x-ray	radiologie
radiology	radiologie
maternity	maternité
pediatrics	pédiatrie
paediatrics	pédiatrie
surgery	chirurgie
intensive care	soins intensifs
reception desk	accueil
school	école
schools	écoles
primary school	école primaire
secondary school	collège
high school	lycée
university	université
college	collège
campus	campus
library	bibliothèque
libraries	bibliothèques
museum	musée
museums	musées
gallery	galerie
art gallery	galerie d'art
exhibition	exposition
exhibitions	expositions
temporary exhibition	exposition temporaire
permanent exhibition	exposition permanente
exhibit	objet exposé
exhibits	objets exposés
collection	collection
collections	collections
guided tour	visite guidée
guided tours	visites guidées
tour	visite
tours	visites
audio guide	audioguide
audio guides	audioguides
visit	visite
visitors	visiteurs
visitor	visiteur
visitor centre	centre d'accueil des visiteurs
visitor information	informations visiteurs
visitors welcome	visiteurs bienvenus
admission	entrée
admission charge	droit d'entrée
admission prices	tarifs d'entrée
entrance fee	droit d'entrée
entry fee	droit d'entrée
adult	adulte
adults	adultes
child	enfant
children	enfants
kids	enfants
baby	bébé
babies	bébés
infant	nourrisson
infants	nourrissons
family	famille
families	familles
family ticket	billet famille
student	étudiant
students	étudiants
senior	senior
seniors	seniors
pensioners	retraités
elderly	personnes âgées
concessions	tarifs réduits
concession	tarif réduit
reduced price	tarif réduit
full price	plein tarif
group	groupe
groups	groupes
group bookings	réservations de groupe
individual	individuel
person	personne
persons	personnes
people	personnes
under 5s	moins de 5 ans
under 12s	moins de 12 ans
under 18s	moins de 18 ans
free for children	gratuit pour les enfants
years old	ans
age	âge
id	pièce d'identité
id required	pièce d'identité requise
proof of age	justificatif d'âge
identity card	carte d'identité
church	église
churches	églises
cathedral	cathédrale
chapel	chapelle
mosque	mosquée
synagogue	synagogue
temple	temple
mass	messe
service times	horaires des offices
place of worship	lieu de culte
please dress appropriately	tenue correcte exigée
cover your shoulders	couvrez vos épaules
dress code	code vestimentaire
castle	château
palace	palais
tower	tour
monument	monument
monuments	monuments
memorial	mémorial
ruins	ruines
fountain	fontaine
statue	statue
cemetery	cimetière
town hall	mairie
city hall	hôtel de ville
council	conseil municipal
municipality	municipalité
court	tribunal
courthouse	palais de justice
embassy	ambassade
consulate	consulat
ministry	ministère
government	gouvernement
public	public
open to the public	ouvert au public
closed to the public	fermé au public
not open to the public	non ouvert au public
public toilets	toilettes publiques
public transport	transports en commun
public footpath	chemin public
public area	espace public
community centre	centre communautaire
sports centre	centre sportif
sports center	centre sportif
gym	salle de sport
stadium	stade
swimming pool	piscine
pool	piscine
sauna	sauna
showers	douches
shower	douche
please shower before swimming	douche obligatoire avant la baignade
shower before entering the pool	douchez-vous avant d'entrer dans la piscine
swimming caps must be worn	bonnet de bain obligatoire
swimming	natation
theatre	théâtre
theater	théâtre
cinema	cinéma
concert	concert
concert hall	salle de concert
opera	opéra
box office	billetterie
performance	représentation
show	spectacle
event	événement
events	événements
festival	festival
zoo	zoo
aquarium	aquarium
park	parc
parks	parcs
national park	parc national
nature reserve	réserve naturelle
protected area	zone protégée
botanical garden	jardin botanique
beach	plage
beaches	plages
to the beach	vers la plage
sea	mer
lake	lac
river	rivière
forest	forêt
wood	bois
woods	bois
mountain	montagne
mountains	montagnes
hill	colline
valley	vallée
trail	sentier
trails	sentiers
walking trail	sentier de randonnée
hiking trail	sentier de randonnée
viewpoint	point de vue
view	vue
campsite	camping
camping	camping
hotel	hôtel
hotels	hôtels
hostel	auberge
youth hostel	auberge de jeunesse
guest house	maison d'hôtes
bed and breakfast	chambre d'hôtes
accommodation	hébergement
vacancies	chambres libres
no vacancies	complet
rooms available	chambres disponibles
single room	chambre simple
double room	chambre double
twin room	chambre à deux lits
room service	service en chambre
key	clé
keys	clés
room key	clé de la chambre
key card	carte-clé
please leave your key at reception	veuillez laisser votre clé à la réception
check-out	départ
check-in time	heure d'arrivée
check-out time	heure de départ
checkout time	heure de départ
towels	serviettes
towel	serviette
bed	lit
beds	lits
breakfast	petit-déjeuner
breakfast included	petit-déjeuner inclus
breakfast is served	le petit-déjeuner est servi
lunch	déjeuner
dinner	dîner
supper	dîner
meal	repas
meals	repas
restaurant	restaurant
restaurants	restaurants
cafe	café
café	café
cafeteria	cafétéria
canteen	cantine
bar	bar
pub	pub
snack bar	snack-bar
buffet	buffet
menu	menu
menus	menus
today's menu	menu du jour
menu of the day	menu du jour
set menu	menu fixe
dish of the day	plat du jour
specials	suggestions
today's specials	suggestions du jour
starters	entrées
main course	plat principal
main courses	plats principaux
desserts	desserts
dessert	dessert
drinks	boissons
drink	boisson
food	nourriture
food and drink	nourriture et boissons
food and drinks	nourriture et boissons
hot food	plats chauds
hot drinks	boissons chaudes
cold drinks	boissons fraîches
soft drinks	boissons sans alcool
snacks	en-cas
water	eau
drinking water	eau potable
not drinking water	eau non potable
non-drinking water	eau non potable
non-potable water	eau non potable
mineral water	eau minérale
sparkling water	eau gazeuse
still water	eau plate
coffee	café
tea	thé
milk	lait
juice	jus
orange juice	jus d'orange
beer	bière
wine	vin
red wine	vin rouge
white wine	vin blanc
bread	pain
cheese	fromage
meat	viande
fish	poisson
chicken	poulet
beef	bœuf
pork	porc
ham	jambon
eggs	œufs
egg	œuf
vegetables	légumes
fruit	fruits
salad	salade
soup	soupe
rice	riz
pasta	pâtes
pizza	pizza
sandwich	sandwich
sandwiches	sandwichs
cake	gâteau
cakes	gâteaux
ice cream	glace
sugar	sucre
salt	sel
oil	huile
vegetarian	végétarien
vegan	végan
gluten free	sans gluten
lactose free	sans lactose
allergens	allergènes
allergy	allergie
allergies	allergies
contains nuts	contient des fruits à coque
may contain nuts	peut contenir des fruits à coque
please inform staff of any allergies	veuillez signaler toute allergie au personnel
halal	halal
kosher	casher
table	table
tables	tables
table reserved	table réservée
reservation	réservation
reservations	réservations
booking	réservation
bookings	réservations
booking required	réservation obligatoire
booking essential	réservation indispensable
booking recommended	réservation recommandée
reservation required	réservation obligatoire
advance booking	réservation à l'avance
please wait to be seated	veuillez attendre qu'on vous place
please seat yourself	installez-vous
seat yourself	installez-vous
table service	service à table
waiter	serveur
kitchen closed	cuisine fermée
kitchen open	cuisine ouverte
outdoor seating	terrasse
seating area	espace assis
happy hour	happy hour
wifi	wifi
wi-fi	wifi
free wifi	wifi gratuit
free wi-fi	wifi gratuit
wifi password	mot de passe wifi
password	mot de passe
internet	internet
phone	téléphone
telephone	téléphone
mobile phone	téléphone portable
mobile phones	téléphones portables
cell phone	téléphone portable
cell phones	téléphones portables
phones	téléphones
switch off your mobile phone	éteignez votre téléphone portable
please switch off your mobile phone	veuillez éteindre votre téléphone portable
please turn off your mobile phone	veuillez éteindre votre téléphone portable
please turn off your phone	veuillez éteindre votre téléphone
please silence your phone	veuillez mettre votre téléphone en silencieux
charging	recharge
phone charging	recharge de téléphones
socket	prise
sockets	prises
plug	prise
contact	contact
contact us	contactez-nous
for more information	pour plus d'informations
more information	plus d'informations
further information	plus d'informations
information available	informations disponibles
ask	demandez
please ask	veuillez demander
ask staff	demandez au personnel
please ask a member of staff	veuillez vous adresser à un membre du personnel
please ask for assistance	veuillez demander de l'aide
ask for help	demandez de l'aide
ask at reception	renseignez-vous à la réception
enquire within	renseignez-vous à l'intérieur
inquire within	renseignez-vous à l'intérieur
enquiries	renseignements
inquiries	renseignements
staff	personnel
member of staff	membre du personnel
members of staff	membres du personnel
employee	employé
employees	employés
personnel	personnel
team	équipe
manager	responsable
owner	propriétaire
owners	propriétaires
tenant	locataire
tenants	locataires
resident	résident
residents	résidents
neighbour	voisin
neighbours	voisins
neighbors	voisins
please respect our neighbours	merci de respecter nos voisins
please respect the neighbours	merci de respecter le voisinage
please leave quietly	merci de sortir en silence
accept	accepter
access	accès
add	ajouter
allow	permettre
apply	appliquer
apply within	renseignez-vous à l'intérieur
arrive	arriver
avoid	éviter
be aware	soyez conscient
become	devenir
begin	commencer
book	réserver
book now	réservez maintenant
book online	réservez en ligne
break	casser
bring	apporter
buy	acheter
buy now	achetez maintenant
buy tickets	achetez des billets
buy your ticket	achetez votre billet
buy your ticket before boarding	achetez votre billet avant de monter
call us	appelez-nous
cancel	annuler
carry	porter
catch	attraper
check	vérifier
choose	choisir
clean up	nettoyer
clear	dégager
climb	grimper
close	fermer
close the door	fermez la porte
closes	ferme
closes at	ferme à
opens at	ouvre à
opens	ouvre
collect	récupérer
come	venir
come back	revenir
come back later	revenez plus tard
comply	respecter
confirm	confirmer
connect	connecter
contain	contenir
contains	contient
continue	continuer
cook	cuisiner
cover	couvrir
cross	traverser
cross here	traversez ici
cross with care	traversez avec prudence
cut	couper
deliver	livrer
depart	partir
departs	part
departs from	part de
describe	décrire
dispose of	jetez
drive	conduire
drop	laisser tomber
drop off	déposer
drop off point	point de dépose
eat	manger
ends	se termine
enjoy	profiter
enter	entrer
enter here	entrez ici
enter your pin	saisissez votre code
exit here	sortez ici
explore	explorer
extinguish	éteindre
feed	nourrir
fill	remplir
fill in	remplir
find	trouver
find out more	en savoir plus
fix	réparer
fold	plier
get	obtenir
give	donner
go	aller
go back	retournez
go to	allez à
go up	montez
go down	descendez
hang	accrocher
hang up	raccrochez
hear	entendre
hold	tenir
hold the handrail	tenez la main courante
please hold the handrail	veuillez tenir la main courante
hold on	tenez-vous
please hold on	veuillez vous tenir
insert	insérer
insert card	insérez la carte
insert coins	insérez des pièces
insert ticket	insérez le ticket
join	rejoindre
join us	rejoignez-nous
jump	sauter
keep	garder
keep closed	maintenir fermé
keep locked	maintenir verrouillé
keep open	maintenir ouvert
keep dry	conserver au sec
keep refrigerated	conserver au frais
keep frozen	conserver congelé
keep cool	conserver au frais
keep upright	maintenir debout
keep calm	restez calme
keep moving	avancez
keep tidy	gardez propre
keep this area clean	gardez cet espace propre
please keep this area clean	merci de garder cet espace propre
please keep clean	merci de garder propre
keep britain tidy	gardez le pays propre
know	savoir
learn	apprendre
leave	quitter
leave here	déposez ici
let	laisser
lift handle	soulevez la poignée
listen	écouter
live	vivre
load	charger
lock	verrouiller
locked	verrouillé
look	regarder
look left	regardez à gauche
look right	regardez à droite
look both ways	regardez des deux côtés
look out	attention
lose	perdre
lost	perdu
make	faire
meet	rencontrer
move	déplacer
move down inside	avancez vers l'intérieur
need	avoir besoin de
notify	informer
obey	respecter
observe	respecter
occupy	occuper
occupied	occupé
open here	ouvrir ici
operate	faire fonctionner
park here	garez-vous ici
pay attention	faites attention
pick	cueillir
place	placer
plan	planifier
play	jouer
prepare	préparer
present	présenter
prevent	prévenir
print	imprimer
proceed	continuez
proceed to	dirigez-vous vers
protect	protéger
provide	fournir
put	mettre
put out	éteindre
reach	atteindre
read	lire
receive	recevoir
recycle	recycler
register	s'inscrire
remain	rester
remain seated	restez assis
please remain seated	veuillez rester assis
remember	se souvenir
remove	retirer
remove your shoes	enlevez vos chaussures
please remove your shoes	veuillez enlever vos chaussures
rent	louer
replace	remplacer
request	demander
on request	sur demande
reserve	réserver
respect	respecter
rest	se reposer
return	retourner
return trolleys here	rapportez les chariots ici
please return your tray	veuillez rapporter votre plateau
ride	monter
ring	sonner
run	courir
save	économiser
say	dire
scan	scanner
scan here	scannez ici
scan the qr code	scannez le code QR
scan your ticket	scannez votre billet
search	chercher
see	voir
see below	voir ci-dessous
see above	voir ci-dessus
see overleaf	voir au verso
select	sélectionner
select your destination	sélectionnez votre destination
sell	vendre
send	envoyer
separate	séparer
serve	servir
served	servi
set	régler
share	partager
show your ticket	montrez votre billet
please show your ticket	veuillez présenter votre billet
shut	fermer
sign in	enregistrez-vous
sign out	déconnexion
sign here	signez ici
sit	s'asseoir
sleep	dormir
slide	glisser
sort	trier
speak	parler
we speak english	nous parlons anglais
english spoken	on parle anglais
stand	se tenir debout
starts	commence
stay	rester
stay on the path	restez sur le chemin
stay on the paths	restez sur les chemins
stay behind the barrier	restez derrière la barrière
stop here	arrêtez-vous ici
store in a cool dry place	conserver dans un endroit frais et sec
switch off	éteindre
switch on	allumer
switch off the lights	éteignez les lumières
please switch off the lights	veuillez éteindre les lumières
take	prendre
take one	servez-vous
take care of	prendre soin de
take your litter home	remportez vos déchets
please take your litter home	merci de remporter vos déchets
talk	parler
tap	taper
tap in	validez
tap here	touchez ici
tell	dire
think	penser
throw	jeter
touch	toucher
try	essayer
turn	tourner
turn off	éteindre
turn on	allumer
turn off the engine	coupez le moteur
switch off engine	coupez le moteur
turn off the tap	fermez le robinet
understand	comprendre
unlock	déverrouiller
use	utiliser
use other door	utilisez l'autre porte
please use other door	veuillez utiliser l'autre porte
please use the other door	veuillez utiliser l'autre porte
use the other entrance	utilisez l'autre entrée
please use the bins provided	veuillez utiliser les poubelles prévues
please use the bins	utilisez les poubelles
use the handrail	utilisez la main courante
validate here	validez ici
visit us	rendez-nous visite
visit our website	visitez notre site
wait	attendre
walk	marcher
walk on the right	marchez à droite
want	vouloir
warn	avertir
wash	laver
watch	regarder
watch out	attention
wear	porter
wipe	essuyer
work	travailler
write	écrire
accompanied	accompagné
authorised	autorisé
authorized	autorisé
unauthorised	non autorisé
unauthorized	non autorisé
unauthorised persons	personnes non autorisées
unauthorized persons	personnes non autorisées
booked	réservé
fully booked	complet
cleaned	nettoyé
checked	vérifié
controlled	contrôlé
monitored	surveillé
protected	protégé
recorded	enregistré
provided	fourni
recommended	recommandé
located	situé
is located	se trouve
are located	se trouvent
can be found	se trouve
moved	déménagé
we have moved	nous avons déménagé
we have moved to	nous avons déménagé au
relocated	déplacé
suspended	suspendu
postponed	reporté
used	utilisé
kept	gardé
found	trouvé
given	donné
made	fait
made in	fabriqué en
sent	envoyé
taken	pris
shown	montré
seen	vu
done	fait
paid	payé
unpaid	impayé
fined	verbalisé
will be fined	seront verbalisés
offenders will be fined	les contrevenants seront verbalisés
will be removed	sera enlevé
will be towed away	sera mis en fourrière
will be prosecuted	seront poursuivis
will be charged	sera facturé
fine	amende
fines	amendes
penalty	pénalité
maximum fine	amende maximale
a fine of	une amende de
good	bon
bad	mauvais
big	grand
little	petit
long	long
short	court
high	haut
low	bas
wide	large
narrow	étroit
deep	profond
shallow	peu profond
shallow water	eau peu profonde
fast	rapide
quick	rapide
quickly	rapidement
slowly	lentement
old	vieux
young	jeune
cold	froid
warm	chaud
cool	frais
dry	sec
wet	mouillé
clean	propre
dirty	sale
dark	sombre
easy	facile
difficult	difficile
hard	dur
soft	doux
safe	sûr
unsafe	dangereux
secure	sécurisé
busy	occupé
empty	vide
loud	fort
far	loin
nearby	à proximité
nearest	le plus proche
main	principal
general	général
special	spécial
normal	normal
regular	régulier
local	local
national	national
international	international
european	européen
foreign	étranger
official	officiel
real	réel
true	vrai
correct	correct
wrong	faux
possible	possible
impossible	impossible
necessary	nécessaire
useful	utile
ready	prêt
different	différent
similar	similaire
whole	entier
complete	complet
partial	partiel
extra	supplémentaire
additional	supplémentaire
beautiful	beau
nice	agréable
happy	heureux
friendly	sympathique
polite	poli
famous	célèbre
historic	historique
historical	historique
ancient	ancien
modern	moderne
traditional	traditionnel
typical	typique
cheap	bon marché
expensive	cher
best	meilleur
better	meilleur
worst	pire
great	grand
strong	fort
weak	faible
busy hours	heures de pointe
rush hour	heure de pointe
peak hours	heures de pointe
off-peak	heures creuses
correctly	correctement
carefully	avec précaution
immediately	immédiatement
directly	directement
automatically	automatiquement
manually	manuellement
only here	uniquement ici
strictly	strictement
exclusively	exclusivement
permanently	en permanence
currently	actuellement
unfortunately	malheureusement
well	bien
right now	en ce moment
colour	couleur
color	couleur
red	rouge
green	vert
blue	bleu
yellow	jaune
white	blanc
black	noir
orange	orange
brown	marron
grey	gris
gray	gris
pink	rose
purple	violet
gold	or
silver	argent
red line	ligne rouge
yellow line	ligne jaune
white line	ligne blanche
button	bouton
buttons	boutons
handle	poignée
handrail	main courante
barrier	barrière
barriers	barrières
fence	clôture
sign	panneau
signs	panneaux
signal	signal
map	plan
maps	plans
screen	écran
display	affichage
departure board	tableau des départs
notice board	panneau d'affichage
machine	machine
machines	machines
vending machine	distributeur automatique
card	carte
cards	cartes
pin	code
code	code
qr code	code QR
light	lumière
lights	lumières
lighting	éclairage
switch	interrupteur
heating	chauffage
air conditioning	climatisation
air conditioned	climatisé
ventilation	ventilation
power	électricité
power cut	coupure de courant
energy	énergie
save energy	économisez l'énergie
save water	économisez l'eau
sink	lavabo
soap	savon
paper	papier
toilet paper	papier toilette
paper towels	serviettes en papier
hand dryer	sèche-mains
rubbish	déchets
trash	déchets
garbage	ordures
litter	déchets
waste	déchets
bin	poubelle
bins	poubelles
litter bin	poubelle
rubbish bin	poubelle
recycling	recyclage
recycling bin	bac de recyclage
general waste	ordures ménagères
plastic	plastique
glass	verre
cans	canettes
bottles	bouteilles
bottle	bouteille
cardboard	carton
organic waste	déchets organiques
batteries	piles
box	boîte
boxes	boîtes
tray	plateau
trays	plateaux
chair	chaise
chairs	chaises
bench	banc
benches	bancs
desk	bureau
shelf	étagère
shelves	étagères
mirror	miroir
clock	horloge
tool	outil
tools	outils
equipment	équipement
material	matériel
materials	matériaux
object	objet
objects	objets
thing	chose
things	choses
part	partie
parts	pièces
piece	pièce
pieces	pièces
kind	type
type	type
places	lieux
point	point
points	points
world	monde
country	pays
city	ville
cities	villes
town	ville
village	village
region	région
district	quartier
neighbourhood	quartier
neighborhood	quartier
address	adresse
name	nom
surname	nom de famille
first name	prénom
signature	signature
form	formulaire
forms	formulaires
document	document
documents	documents
certificate	certificat
permit	permis
licence	permis
license	permis
driving licence	permis de conduire
law	loi
laws	lois
policy	politique
condition	condition
conditions	conditions
terms and conditions	conditions générales
terms	conditions
instructions	instructions
instruction	instruction
information board	panneau d'information
details	détails
detail	détail
question	question
questions	questions
answer	réponse
problem	problème
problems	problèmes
reason	raison
reasons	raisons
result	résultat
changes	changements
subject to change	sous réserve de modifications
subject to availability	sous réserve de disponibilité
while stocks last	dans la limite des stocks disponibles
news	nouvelles
message	message
announcement	annonce
announcements	annonces
advertisement	publicité
website	site web
email	e-mail
e-mail	e-mail
online	en ligne
app	application
tel	tél.
fax	fax
life	vie
health	santé
care	soin
body	corps
head	tête
hand	main
hands	mains
foot	pied
feet	pieds
on foot	à pied
eye	œil
eyes	yeux
man	homme
woman	femme
boy	garçon
girl	fille
boys	garçons
girls	filles
friend	ami
friends	amis
guest	client
guests	clients
owner's	du propriétaire
public holidays excepted	sauf jours fériés
except sundays	sauf le dimanche
except holidays	sauf jours fériés
weather	météo
weather permitting	si le temps le permet
in bad weather	par mauvais temps
rain	pluie
snow	neige
wind	vent
storm	orage
fog	brouillard
flood	inondation
flooding	inondations
risk of flooding	risque d'inondation
tide	marée
high tide	marée haute
low tide	marée basse
waves	vagues
sand	sable
rocks	rochers
temperature	température
air	air
fresh air	air frais
nature	nature
environment	environnement
protect the environment	protégez l'environnement
tree	arbre
trees	arbres
grass	pelouse
flowers	fleurs
flower	fleur
plants	plantes
plant	plante
lawn	pelouse
wildlife	faune
animal	animal
animals	animaux
dog	chien
dogs	chiens
cat	chat
cats	chats
bird	oiseau
birds	oiseaux
horse	cheval
horses	chevaux
cattle	bétail
cows	vaches
sheep	moutons
ducks	canards
pets	animaux de compagnie
pet	animal de compagnie
lead	laisse
leash	laisse
on a lead	en laisse
on the lead	en laisse
guide dog	chien guide
guide dogs	chiens guides
assistance dogs	chiens d'assistance
assistance dogs welcome	chiens d'assistance bienvenus
wild animals	animaux sauvages
bees	abeilles
snakes	serpents
insects	insectes
mosquitoes	moustiques
bull	taureau
beware of the bull	attention au taureau
game	jeu
games	jeux
sport	sport
sports	sports
ball	ballon
football	football
tennis	tennis
golf	golf
ski	ski
skiing	ski
cycling	cyclisme
walking	randonnée
hiking	randonnée
running	course
fishing	pêche
music	musique
art	art
history	histoire
culture	culture
science	science
books	livres
newspaper	journal
newspapers	journaux
magazine	magazine
photo	photo
photos	photos
picture	image
pictures	images
film	film
video	vidéo
language	langue
languages	langues
english	anglais
spanish	espagnol
french	français
italian	italien
german	allemand
translation	traduction
job	emploi
jobs	emplois
staff wanted	recrutement
help wanted	on recrute
we are hiring	nous recrutons
we're hiring	nous recrutons
vacancy	poste vacant
business	entreprise
company	entreprise
industry	industrie
factory	usine
farm	ferme
house	maison
home	maison
flat	appartement
apartment	appartement
apartments	appartements
property	propriété
land	terrain
site	site
premises	locaux
on these premises	dans ces locaux
on the premises	sur place
inside the building	à l'intérieur du bâtiment
in the building	dans le bâtiment
throughout the building	dans tout le bâtiment
in this area	dans cette zone
this area	cette zone
in this building	dans ce bâtiment
this building	ce bâtiment
this door	cette porte
this way please	par ici, s'il vous plaît
this side	ce côté
other side	autre côté
both sides	des deux côtés
sides	côtés
here only	ici uniquement
applies	s'applique
conditions apply	conditions applicables
terms and conditions apply	conditions générales applicables
charges apply	payant
restrictions apply	des restrictions s'appliquent
keep shut	maintenir fermé
keep locked shut	maintenir verrouillé
is closed	est fermé
is open	est ouvert
are closed	sont fermés
are open	sont ouverts
will be closed	sera fermé
will be open	sera ouvert
will remain closed	restera fermé
remains closed	reste fermé
remains open	reste ouvert
is located on	se trouve au
is available	est disponible
are available	sont disponibles
is required	est obligatoire
are required	sont obligatoires
is not available	n'est pas disponible
is free	est gratuit
are free	sont gratuits
is reserved	est réservé
are reserved	sont réservés
is not responsible	n'est pas responsable
is closed today	est fermé aujourd'hui
goes	va
comes	vient
leaves	part
arrives	arrive
stops at	s'arrête à
does not stop	ne s'arrête pas
does not stop at	ne s'arrête pas à
this train does not stop at	ce train ne s'arrête pas à
this train terminates here	ce train est terminus
terminates here	termine ici
calling at	desservant
runs	circule
runs every	passe toutes les
does not run	ne circule pas
operates	fonctionne
serves	sert
includes	comprend
requires	nécessite
means	signifie
needs	a besoin de
helps	aide
opens automatically	s'ouvre automatiquement
closes automatically	se ferme automatiquement
locks automatically	se verrouille automatiquement
is being	est en train d'être
being cleaned	en cours de nettoyage
cleaning in progress	nettoyage en cours
cleaning	nettoyage
cleaner	agent d'entretien
toilet cleaned at	toilettes nettoyées à
renovated	rénové
installed	installé
entrance closed	entrée fermée
exit closed	sortie fermée
door closed	porte fermée
lift out of order	ascenseur hors service
toilet out of order	toilettes hors service
machine out of order	machine hors service
path closed	chemin fermé
footpath closed	sentier fermé
beach closed	plage fermée
park closed	parc fermé
platform closed	quai fermé
shop closed	magasin fermé
office closed	bureau fermé
lane closed	voie fermée
bridge closed	pont fermé
pedestrian access	accès piétons
vehicle access	accès véhicules
access road	route d'accès
access for	accès pour
access to	accès à
way to	chemin vers
to the	à le
to the station	vers la gare
to the city centre	vers le centre-ville
to the platforms	accès aux quais
to all platforms	tous les quais
to the trains	accès aux trains
to the toilets	vers les toilettes
of the	de le
in the	dans le
on the	sur le
at the	à le
for the	pour le
from the	de le
with the	avec le
by the	par le
and the	et le
is the	est le
near the	près de le
next to the	à côté de le
in front of the	devant le
behind the	derrière le
opposite the	en face de le
inside the	à l'intérieur de le
outside the	à l'extérieur de le
through the	par le
along the	le long de le
after the	après le
before the	avant le
during the	pendant le
until the	jusqu'au
use of	utilisation de
the use of	l'utilisation de
use of mobile phones	utilisation des téléphones portables
the use of mobile phones is prohibited	l'utilisation des téléphones portables est interdite
entry is free	l'entrée est gratuite
admission is free	l'entrée est gratuite
in progress	en cours
in service	en service
on duty	de service
off duty	hors service
on display	exposé
on sale here	en vente ici
available here	disponible ici
sold here	vendu ici
tickets sold here	vente de billets ici
tickets available	billets disponibles
tickets available here	billets disponibles ici
tickets available online	billets disponibles en ligne
tickets on sale	billets en vente
tickets sold out	complet
entrance ticket	billet d'entrée
entrance tickets	billets d'entrée
combined ticket	billet combiné
skip the line	coupe-file
fast track	accès prioritaire
priority boarding	embarquement prioritaire
priority lane	file prioritaire
priority access	accès prioritaire
queue starts here	début de la file d'attente
queue from here	file d'attente à partir d'ici
waiting time from this point	temps d'attente à partir d'ici
minutes from here	minutes d'ici
minutes walk	minutes à pied
walking distance	distance à pied
distance	distance
km	km
metres	mètres
meters	mètres
metre	mètre
meter	mètre
miles	miles
mile	mile
height	hauteur
width	largeur
length	longueur
maximum height	hauteur maximale
max height	hauteur max.
maximum weight	poids maximal
maximum load	charge maximale
capacity	capacité
maximum capacity	capacité maximale
persons maximum	personnes maximum
occupancy	occupation
maximum occupancy	capacité maximale
limits	limites
weight limit	limitation de poids
height limit	limitation de hauteur
time limit	durée limitée
limited time	durée limitée
limited waiting	stationnement limité
short stay	courte durée
long stay	longue durée
short stay parking	parking courte durée
long stay parking	parking longue durée
max stay	durée maximale
maximum stay	durée maximale
no return within	pas de retour avant
disc parking	zone bleue
parking disc	disque de stationnement
blue zone	zone bleue
residents parking	stationnement résidentiel
residents parking only	stationnement réservé aux résidents
parking prohibited	stationnement interdit
parking for	parking pour
parking only	stationnement uniquement
parking available	parking disponible
parking charges	tarifs de stationnement
pay at machine	payez à l'horodateur
pay on foot	payez à la caisse avant de sortir
pay on exit	payez à la sortie
pay on entry	payez à l'entrée
pay by phone	payez par téléphone
display ticket	affichez le ticket
display ticket clearly	affichez le ticket de manière visible
tickets must be displayed	les tickets doivent être visibles
charges apply at all times	payant en permanence
free after	gratuit après
first hour free	première heure gratuite
each additional hour	chaque heure supplémentaire
up to 1 hour	jusqu'à 1 heure
up to 2 hours	jusqu'à 2 heures
up to 3 hours	jusqu'à 3 heures
1 hour	1 heure
2 hours	2 heures
3 hours	3 heures
4 hours	4 heures
30 minutes	30 minutes
15 minutes	15 minutes
10 minutes	10 minutes
5 minutes	5 minutes
all day parking	stationnement à la journée
overnight	la nuit
overnight parking	stationnement de nuit
no overnight parking	stationnement de nuit interdit
no overnight camping	camping de nuit interdit
no camping or caravans	camping et caravanes interdits
no motorhomes	camping-cars interdits
no lorries	interdit aux camions
no heavy goods vehicles	interdit aux poids lourds
no coaches	interdit aux cars
no motorcycles	interdit aux motos
no horses	interdit aux chevaux
no horse riding	équitation interdite
no boats	bateaux interdits
no jet skis	jet-skis interdits
no drones	drones interdits
no metal detecting	détecteurs de métaux interdits
no hunting	chasse interdite
private hunting	chasse privée
no sunbathing	bronzage interdit
no nudity	nudité interdite
no topless	topless interdit
no loitering	interdiction de stationner
no gathering	rassemblement interdit
no gatherings	rassemblements interdits
no unaccompanied children	enfants non accompagnés interdits
no sitting	interdit de s'asseoir
no standing	interdit de stationner debout
no pushing	ne pas pousser
no mobile phone use	téléphone portable interdit
no headphones	écouteurs interdits
no cameras	appareils photo interdits
no backpacks	sacs à dos interdits
no large bags	grands sacs interdits
no umbrellas	parapluies interdits
no sharp objects	objets tranchants interdits
no liquids	liquides interdits
no chewing gum	chewing-gum interdit
no ice cream	glaces interdites
no sleeping	interdit de dormir
no shouting	interdit de crier
no swearing	grossièretés interdites
no smoking or vaping	interdiction de fumer et de vapoter
no smoking within	interdiction de fumer à moins de
no smoking in this area	interdiction de fumer dans cette zone
no smoking on the premises	interdiction de fumer dans l'établissement
no smoking in the building	interdiction de fumer dans le bâtiment
this is a no smoking area	ceci est une zone non-fumeurs
this is a non-smoking building	ce bâtiment est non-fumeur
smoking area only	uniquement dans l'espace fumeurs
designated smoking area	espace fumeurs désigné
designated area	zone désignée
in designated areas	dans les zones prévues
only in designated areas	uniquement dans les zones prévues
`;
