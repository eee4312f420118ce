/**
 * English → Spanish lexicon for signs and notices: `source<TAB>target` a line, phrases
 * and words (see ../lexicon.ts). Written for Tabmesh; targets as they appear mid-sentence.
 */
export default `
the	el
a	un
an	un
this	este
that	ese
these	estos
those	esos
some	algunos
any	cualquier
all	todos
every	cada
each	cada
no	no
not	no
none	ninguno
other	otro
another	otro
both	ambos
either	cualquiera
neither	ninguno
such	tal
same	mismo
own	propio
only	solo
also	también
too	también
very	muy
more	más
most	la mayoría
less	menos
least	mínimo
much	mucho
many	muchos
few	pocos
a few	algunos
several	varios
enough	suficiente
and	y
or	o
but	pero
nor	ni
if	si
unless	a menos que
because	porque
so	así que
than	que
as	como
like	como
while	mientras
when	cuando
where	donde
what	qué
which	cuál
who	quién
whom	quien
whose	cuyo
why	por qué
how	cómo
how much	cuánto
how many	cuántos
how long	cuánto tiempo
whether	si
of	de
to	a
in	en
into	en
on	en
onto	sobre
at	en
by	por
for	para
from	de
with	con
without	sin
about	sobre
above	encima de
below	debajo de
under	bajo
over	sobre
between	entre
among	entre
through	a través de
across	a través de
along	a lo largo de
around	alrededor de
behind	detrás de
in front of	delante de
next to	al lado de
beside	al lado de
near	cerca de
opposite	enfrente de
inside	dentro
outside	fuera
within	dentro de
beyond	más allá de
against	contra
towards	hacia
toward	hacia
via	por
per	por
during	durante
before	antes de
after	después de
until	hasta
till	hasta
since	desde
except	excepto
including	incluido
instead of	en lugar de
according to	según
due to	debido a
because of	a causa de
in case of	en caso de
in order to	para
up to	hasta
out of	fuera de
i	yo
you	usted
he	él
she	ella
it	esto
we	nosotros
they	ellos
me	me
him	él
her	su
us	nos
them	ellos
my	mi
your	su
his	su
its	su
our	nuestro
their	su
yours	suyo
ours	nuestro
yourself	usted mismo
yourselves	ustedes mismos
ourselves	nosotros mismos
themselves	ellos mismos
everyone	todos
everybody	todos
everything	todo
someone	alguien
somebody	alguien
something	algo
anyone	cualquiera
anybody	cualquiera
anything	cualquier cosa
nobody	nadie
no one	nadie
nothing	nada
here	aquí
there	allí
there is	hay
there are	hay
now	ahora
then	entonces
again	otra vez
always	siempre
never	nunca
often	a menudo
sometimes	a veces
usually	normalmente
already	ya
still	todavía
yet	todavía
soon	pronto
just	solo
even	incluso
almost	casi
quite	bastante
rather	más bien
together	juntos
alone	solo
else	más
otherwise	de lo contrario
however	sin embargo
therefore	por lo tanto
also available	también disponible
yes	sí
ok	de acuerdo
okay	de acuerdo
thanks	gracias
thank you	gracias
thank you very much	muchas gracias
many thanks	muchas gracias
please	por favor
sorry	lo sentimos
we apologise	disculpen las molestias
we apologize	disculpen las molestias
we apologise for any inconvenience	disculpen las molestias
we apologize for any inconvenience	disculpen las molestias
sorry for the inconvenience	disculpen las molestias
excuse me	disculpe
welcome	bienvenido
welcome to	bienvenido a
hello	hola
goodbye	adiós
good morning	buenos días
good afternoon	buenas tardes
good evening	buenas tardes
good night	buenas noches
see you soon	hasta pronto
have a nice day	que tenga un buen día
enjoy your meal	buen provecho
enjoy your stay	disfrute de su estancia
enjoy your visit	disfrute de su visita
happy birthday	feliz cumpleaños
merry christmas	feliz navidad
happy new year	feliz año nuevo
happy easter	felices pascuas
is	es
are	son
was	era
were	eran
be	ser
been	sido
being	siendo
has	tiene
have	tener
had	tenía
do	hacer
does	hace
did	hizo
will	será
will be	será
would	sería
can	poder
could	podría
may	puede
might	podría
must	deber
should	debería
shall	deberá
need to	necesitar
have to	tener que
has to	tiene que
is not	no es
are not	no son
isn't	no es
aren't	no son
don't	no
do not	no
does not	no
doesn't	no
did not	no
cannot	no se puede
can't	no se puede
can not	no se puede
must not	no debe
mustn't	no debe
should not	no debería
will not	no
won't	no
may not	no puede
it is	es
it's	es
we are	estamos
we're	estamos
you are	está
you're	está
we will	vamos a
we'll	vamos a
let's	vamos
zero	cero
one	uno
two	dos
three	tres
four	cuatro
five	cinco
six	seis
seven	siete
eight	ocho
nine	nueve
ten	diez
eleven	once
twelve	doce
thirteen	trece
fourteen	catorce
fifteen	quince
sixteen	dieciséis
seventeen	diecisiete
eighteen	dieciocho
nineteen	diecinueve
twenty	veinte
thirty	treinta
forty	cuarenta
fifty	cincuenta
sixty	sesenta
seventy	setenta
eighty	ochenta
ninety	noventa
hundred	cien
a hundred	cien
one hundred	cien
thousand	mil
a thousand	mil
million	millón
half	medio
a half	medio
quarter	cuarto
a quarter	un cuarto
double	doble
single	individual
first	primero
second	segundo
third	tercero
fourth	cuarto
fifth	quinto
sixth	sexto
seventh	séptimo
eighth	octavo
ninth	noveno
tenth	décimo
last	último
next	próximo
previous	anterior
number	número
numbers	números
once	una vez
twice	dos veces
times	veces
time	hora
times of	horarios de
monday	lunes
tuesday	martes
wednesday	miércoles
thursday	jueves
friday	viernes
saturday	sábado
sunday	domingo
mon	lun
tue	mar
tues	mar
wed	mié
thu	jue
thur	jue
thurs	jue
fri	vie
sat	sáb
sun	dom
mondays	los lunes
tuesdays	los martes
wednesdays	los miércoles
thursdays	los jueves
fridays	los viernes
saturdays	los sábados
sundays	los domingos
on mondays	los lunes
on tuesdays	los martes
on wednesdays	los miércoles
on thursdays	los jueves
on fridays	los viernes
on saturdays	los sábados
on sundays	los domingos
on monday	el lunes
on tuesday	el martes
on wednesday	el miércoles
on thursday	el jueves
on friday	el viernes
on saturday	el sábado
on sunday	el domingo
monday to friday	de lunes a viernes
monday to saturday	de lunes a sábado
monday to sunday	de lunes a domingo
monday to thursday	de lunes a jueves
tuesday to sunday	de martes a domingo
tuesday to saturday	de martes a sábado
from monday to friday	de lunes a viernes
from monday to saturday	de lunes a sábado
from tuesday to sunday	de martes a domingo
mon to fri	lun a vie
mon to sat	lun a sáb
weekdays	días laborables
on weekdays	los días laborables
working days	días laborables
weekend	fin de semana
weekends	fines de semana
at weekends	los fines de semana
on weekends	los fines de semana
saturday and sunday	sábado y domingo
sundays and public holidays	domingos y festivos
sundays and holidays	domingos y festivos
public holiday	día festivo
public holidays	días festivos
bank holiday	día festivo
bank holidays	días festivos
holiday	vacaciones
holidays	vacaciones
school holidays	vacaciones escolares
day	día
days	días
week	semana
weeks	semanas
month	mes
months	meses
year	año
years	años
hour	hora
hours	horas
hr	h
hrs	h
minute	minuto
minutes	minutos
min	min
mins	min
seconds	segundos
moment	momento
morning	mañana
mornings	mañanas
afternoon	tarde
afternoons	tardes
evening	tarde
evenings	tardes
night	noche
nights	noches
midnight	medianoche
noon	mediodía
midday	mediodía
lunchtime	hora de comer
lunch break	pausa para comer
in the morning	por la mañana
in the afternoon	por la tarde
in the evening	por la tarde
at night	por la noche
today	hoy
tonight	esta noche
tomorrow	mañana
yesterday	ayer
day after tomorrow	pasado mañana
daily	diario
open daily	abierto todos los días
every day	todos los días
everyday	todos los días
weekly	semanal
every week	cada semana
monthly	mensual
yearly	anual
annual	anual
hourly	cada hora
every hour	cada hora
every 10 minutes	cada 10 minutos
every 15 minutes	cada 15 minutos
every 30 minutes	cada 30 minutos
all day	todo el día
all night	toda la noche
all year	todo el año
all year round	todo el año
24 hours	24 horas
24 hours a day	24 horas al día
open 24 hours	abierto 24 horas
around the clock	las 24 horas
at any time	en cualquier momento
at all times	en todo momento
anytime	en cualquier momento
from time to time	de vez en cuando
on time	puntual
in time	a tiempo
early	temprano
late	tarde
later	más tarde
earlier	antes
recently	recientemente
shortly	en breve
coming soon	próximamente
opening soon	próxima apertura
now open	ya abierto
reopening	reapertura
grand opening	gran inauguración
season	temporada
seasons	estaciones
spring	primavera
summer	verano
autumn	otoño
fall	otoño
winter	invierno
summer hours	horario de verano
winter hours	horario de invierno
high season	temporada alta
low season	temporada baja
january	enero
february	febrero
march	marzo
april	abril
june	junio
july	julio
august	agosto
september	septiembre
october	octubre
november	noviembre
december	diciembre
jan	ene
feb	feb
mar	mar
apr	abr
jun	jun
jul	jul
aug	ago
sep	sep
sept	sep
oct	oct
nov	nov
dec	dic
christmas	navidad
christmas eve	nochebuena
christmas day	día de navidad
new year	año nuevo
new year's day	día de año nuevo
new year's eve	nochevieja
easter	semana santa
easter monday	lunes de pascua
good friday	viernes santo
date	fecha
dates	fechas
date of issue	fecha de emisión
expiry date	fecha de caducidad
best before	consumir preferentemente antes de
use by	consumir antes de
valid until	válido hasta
valid from	válido desde
valid for	válido para
from today	a partir de hoy
until further notice	hasta nuevo aviso
temporarily	temporalmente
temporarily closed	cerrado temporalmente
permanently closed	cerrado definitivamente
closed today	cerrado hoy
open today	abierto hoy
closed for holidays	cerrado por vacaciones
closed for the holidays	cerrado por vacaciones
closed for lunch	cerrado a mediodía
closed on sundays	cerrado los domingos
closed on mondays	cerrado los lunes
closed on public holidays	cerrado los festivos
open on sundays	abierto los domingos
back in 5 minutes	vuelvo en 5 minutos
back in 10 minutes	vuelvo en 10 minutos
back soon	vuelvo enseguida
be right back	vuelvo enseguida
opening hours	horario de apertura
opening times	horario de apertura
business hours	horario comercial
office hours	horario de oficina
visiting hours	horario de visita
visiting times	horario de visita
consultation hours	horario de consulta
timetable	horario
timetables	horarios
schedule	horario
opening	apertura
closing	cierre
closing time	hora de cierre
closing day	día de cierre
closing days	días de cierre
day off	día de descanso
rest day	día de descanso
last admission	última entrada
last entry	última entrada
last orders	últimos pedidos
before closing	antes del cierre
before closing time	antes de la hora de cierre
am	h
pm	h
o'clock	en punto
half past	y media
quarter past	y cuarto
quarter to	menos cuarto
open from	abierto de
open until	abierto hasta
closed from	cerrado desde
closed until	cerrado hasta
duration	duración
delay	retraso
delays	retrasos
delayed	con retraso
waiting time	tiempo de espera
approx	aprox.
approximately	aproximadamente
maximum	máximo
max	máx.
minimum	mínimo
at least	al menos
at most	como máximo
more than	más de
less than	menos de
per day	por día
per hour	por hora
per person	por persona
per night	por noche
per week	por semana
per month	al mes
a day	al día
an hour	por hora
a week	a la semana
left	izquierda
right	derecha
on the left	a la izquierda
on the right	a la derecha
to the left	a la izquierda
to the right	a la derecha
turn left	gire a la izquierda
turn right	gire a la derecha
keep left	manténgase a la izquierda
keep right	manténgase a la derecha
stand on the right	sitúese a la derecha
walk on the left	camine por la izquierda
straight on	todo recto
straight ahead	todo recto
go straight	siga recto
ahead	adelante
forward	adelante
back	atrás
backwards	hacia atrás
up	arriba
down	abajo
upstairs	arriba
downstairs	abajo
this way	por aquí
that way	por allí
this way up	este lado hacia arriba
way	camino
way in	entrada
way out	salida
way out only	solo salida
no way out	sin salida
direction	dirección
directions	indicaciones
in the direction of	en dirección a
follow	siga
follow the signs	siga las indicaciones
follow signs	siga las indicaciones
follow signs for	siga las indicaciones hacia
follow the arrows	siga las flechas
follow the green line	siga la línea verde
arrow	flecha
arrows	flechas
north	norte
south	sur
east	este
west	oeste
northern	del norte
southern	del sur
eastern	del este
western	del oeste
centre	centro
center	centro
city centre	centro ciudad
city center	centro ciudad
town centre	centro ciudad
town center	centro ciudad
old town	casco antiguo
historic centre	centro histórico
all directions	todas las direcciones
other directions	otras direcciones
entrance	entrada
entrances	entradas
main entrance	entrada principal
side entrance	entrada lateral
rear entrance	entrada trasera
back entrance	entrada trasera
front entrance	entrada principal
staff entrance	entrada de personal
visitor entrance	entrada de visitantes
no entrance	prohibida la entrada
entry	entrada
exit	salida
exits	salidas
no exit	sin salida
exit only	solo salida
entrance only	solo entrada
entry only	solo entrada
out	salida
emergency exit	salida de emergencia
emergency exits	salidas de emergencia
fire exit	salida de incendios
fire exits	salidas de incendios
escape route	vía de evacuación
escape routes	vías de evacuación
floor	planta
floors	plantas
ground floor	planta baja
first floor	primera planta
second floor	segunda planta
third floor	tercera planta
fourth floor	cuarta planta
fifth floor	quinta planta
top floor	última planta
upper floor	planta superior
upper floors	plantas superiores
lower floor	planta inferior
basement	sótano
mezzanine	entreplanta
level	nivel
levels	niveles
storey	planta
on the first floor	en la primera planta
on the second floor	en la segunda planta
on the ground floor	en la planta baja
in the basement	en el sótano
stairs	escaleras
staircase	escalera
stairway	escalera
steps	escalones
step	escalón
mind the step	cuidado con el escalón
mind the steps	cuidado con los escalones
watch your step	cuidado con el escalón
use the stairs	utilice las escaleras
escalator	escalera mecánica
escalators	escaleras mecánicas
lift	ascensor
lifts	ascensores
elevator	ascensor
elevators	ascensores
ramp	rampa
corridor	pasillo
hallway	pasillo
hall	sala
room	sala
rooms	salas
door	puerta
doors	puertas
gate	puerta
gates	puertas
window	ventana
windows	ventanas
wall	pared
roof	tejado
building	edificio
buildings	edificios
block	bloque
wing	ala
north wing	ala norte
south wing	ala sur
east wing	ala este
west wing	ala oeste
courtyard	patio
yard	patio
garden	jardín
gardens	jardines
terrace	terraza
balcony	balcón
roof terrace	azotea
lobby	vestíbulo
foyer	vestíbulo
reception	recepción
front desk	recepción
information	información
information desk	mostrador de información
information point	punto de información
tourist information	información turística
tourist office	oficina de turismo
help desk	mostrador de ayuda
meeting point	punto de encuentro
assembly point	punto de reunión
waiting room	sala de espera
waiting area	zona de espera
toilet	aseo
toilets	aseos
restroom	aseo
restrooms	aseos
bathroom	baño
washroom	aseo
lavatory	aseo
wc	aseo
ladies	señoras
gents	caballeros
gentlemen	caballeros
men	hombres
women	mujeres
men's toilets	aseos de caballeros
women's toilets	aseos de señoras
ladies toilets	aseos de señoras
accessible toilet	aseo adaptado
disabled toilet	aseo para discapacitados
baby changing	cambiador de bebés
baby changing room	sala de cambio de bebés
changing room	vestuario
changing rooms	vestuarios
fitting room	probador
fitting rooms	probadores
cloakroom	guardarropa
locker	taquilla
lockers	taquillas
left luggage	consigna
luggage storage	consigna
lost property	objetos perdidos
lost and found	objetos perdidos
lost property office	oficina de objetos perdidos
office	oficina
offices	oficinas
kitchen	cocina
storeroom	almacén
store room	almacén
storage	almacén
warehouse	almacén
boiler room	sala de calderas
plant room	sala de máquinas
machine room	sala de máquinas
server room	sala de servidores
meeting room	sala de reuniones
conference room	sala de conferencias
classroom	aula
lecture hall	aula magna
staff room	sala de profesores
first aid room	sala de primeros auxilios
prayer room	sala de oración
smoking area	zona de fumadores
smoking room	sala de fumadores
non-smoking area	zona de no fumadores
play area	zona de juegos
playground	parque infantil
picnic area	zona de pícnic
rest area	área de descanso
service area	área de servicio
area	zona
areas	zonas
zone	zona
section	sección
sector	sector
side	lado
front	parte delantera
rear	parte trasera
at the rear	en la parte trasera
at the back	en la parte de atrás
at the front	en la parte delantera
at the end	al final
at the end of the corridor	al final del pasillo
end	final
beginning	principio
start	inicio
finish	meta
middle	medio
corner	esquina
around the corner	a la vuelta de la esquina
top	arriba
bottom	abajo
pull	tirar
push	empujar
push to open	empujar para abrir
pull to open	tirar para abrir
press	pulsar
press button	pulse el botón
press the button	pulse el botón
press to open	pulse para abrir
press button to open	pulse el botón para abrir
press button for assistance	pulse el botón para asistencia
ring the bell	toque el timbre
please ring	llame al timbre
please ring the bell	por favor, toque el timbre
please knock	llame a la puerta
knock	llamar
doorbell	timbre
bell	timbre
automatic door	puerta automática
automatic doors	puertas automáticas
sliding door	puerta corredera
revolving door	puerta giratoria
door opens automatically	la puerta se abre automáticamente
keep door closed	mantener la puerta cerrada
keep this door closed	mantenga esta puerta cerrada
keep door shut	mantener la puerta cerrada
keep door locked	mantener la puerta cerrada con llave
please close the door	por favor, cierre la puerta
please close the gate	por favor, cierre la puerta
please shut the gate	por favor, cierre la puerta
keep gate closed	mantener la puerta cerrada
do not block	no bloquear
do not block the door	no bloquear la puerta
do not obstruct	no obstruir
keep clear	mantener despejado
keep exit clear	mantener la salida despejada
keep clear at all times	mantener despejado en todo momento
fire door	puerta cortafuegos
fire door keep shut	puerta cortafuegos, mantener cerrada
fire door keep closed	puerta cortafuegos, mantener cerrada
no smoking	prohibido fumar
no smoking area	zona de no fumadores
smoking prohibited	prohibido fumar
smoking is prohibited	está prohibido fumar
smoking is not permitted	no está permitido fumar
smoking is not allowed	no está permitido fumar
smoking	fumar
non-smoking	no fumadores
smokers	fumadores
smoke free	libre de humo
no vaping	prohibido vapear
no e-cigarettes	prohibidos los cigarrillos electrónicos
no entry	prohibido el paso
no access	prohibido el acceso
no admittance	prohibido el paso
no admission	prohibida la entrada
no entry for unauthorised persons	prohibido el paso a personas no autorizadas
no unauthorised access	prohibido el acceso no autorizado
no unauthorized access	prohibido el acceso no autorizado
authorised personnel only	solo personal autorizado
authorized personnel only	solo personal autorizado
staff only	solo personal autorizado
employees only	solo empleados
members only	solo socios
residents only	solo residentes
guests only	solo huéspedes
customers only	solo clientes
patrons only	solo clientes
for customers only	solo para clientes
for guests only	solo para huéspedes
for staff only	solo para el personal
private	privado
private property	propiedad privada
private road	camino privado
private parking	aparcamiento privado
private area	zona privada
no trespassing	prohibido el paso
trespassers will be prosecuted	los intrusos serán denunciados
violators will be prosecuted	los infractores serán denunciados
offenders will be prosecuted	los infractores serán denunciados
keep out	prohibido el paso
do not enter	no entrar
no parking	prohibido aparcar
no parking at any time	prohibido aparcar en todo momento
no parking in front of the gate	prohibido aparcar delante de la puerta
no stopping	prohibido parar
no waiting	prohibido estacionar
no u-turn	prohibido el cambio de sentido
no overtaking	prohibido adelantar
no left turn	prohibido girar a la izquierda
no right turn	prohibido girar a la derecha
no through road	calle sin salida
no thoroughfare	prohibido el paso
no through traffic	prohibido el tráfico de paso
no vehicles	prohibido el paso de vehículos
no cars	prohibido el paso de coches
no motor vehicles	prohibido vehículos de motor
no cycling	prohibido circular en bicicleta
no bicycles	prohibidas las bicicletas
no bikes	prohibidas las bicicletas
no skateboarding	prohibido patinar
no skating	prohibido patinar
no scooters	prohibidos los patinetes
no dogs	prohibidos los perros
no dogs allowed	no se admiten perros
no pets	no se admiten mascotas
no pets allowed	no se admiten mascotas
no animals	prohibidos los animales
dogs allowed	se admiten perros
pets allowed	se admiten mascotas
dogs welcome	perros bienvenidos
guide dogs only	solo perros guía
except guide dogs	excepto perros guía
dogs must be kept on a lead	los perros deben ir atados
dogs must be kept on a leash	los perros deben ir atados
keep dogs on a lead	lleve a los perros atados
keep your dog on a lead	lleve a su perro atado
please clean up after your dog	recoja los excrementos de su perro
no dog fouling	prohibido dejar excrementos de perro
dog fouling	excrementos de perro
no fishing	prohibido pescar
no swimming	prohibido bañarse
no bathing	prohibido bañarse
no diving	prohibido tirarse de cabeza
no jumping	prohibido saltar
no running	prohibido correr
no climbing	prohibido escalar
no ball games	prohibido jugar a la pelota
no playing	prohibido jugar
no camping	prohibido acampar
no fires	prohibido hacer fuego
no open fires	prohibido hacer fuego
no barbecues	prohibidas las barbacoas
no litter	prohibido tirar basura
no littering	prohibido tirar basura
no dumping	prohibido verter escombros
no fly tipping	prohibido verter basura
no food	prohibida la comida
no food or drink	prohibido comer y beber
no food or drinks	prohibido comer y beber
no food and drink	prohibido comer y beber
no eating	prohibido comer
no drinking	prohibido beber
no alcohol	prohibido el alcohol
no glass	prohibido el vidrio
no glass bottles	prohibidas las botellas de vidrio
no outside food	no se permite comida del exterior
no photography	prohibido hacer fotos
no photographs	prohibido hacer fotos
no photos	prohibido hacer fotos
no flash	prohibido el flash
no flash photography	prohibidas las fotos con flash
no filming	prohibido grabar
no video	prohibido grabar vídeo
no mobile phones	prohibidos los teléfonos móviles
no phones	prohibidos los teléfonos
no touching	prohibido tocar
do not touch	no tocar
please do not touch	por favor, no tocar
please do not touch the exhibits	por favor, no toquen las obras expuestas
do not touch the exhibits	no tocar las obras expuestas
no noise	prohibido hacer ruido
no loud music	prohibida la música alta
quiet please	silencio, por favor
silence please	silencio, por favor
please be quiet	por favor, guarde silencio
please keep quiet	por favor, guarde silencio
silence	silencio
quiet	silencio
quiet zone	zona de silencio
quiet area	zona tranquila
quiet carriage	vagón silencioso
no hawkers	prohibida la venta ambulante
no street vending	prohibida la venta ambulante
no begging	prohibida la mendicidad
no advertising	prohibida la publicidad
no junk mail	no se admite publicidad
no flyers	no se admiten folletos
no bill posting	prohibido fijar carteles
stick no bills	prohibido fijar carteles
no graffiti	prohibidas las pintadas
no weapons	prohibidas las armas
no firearms	prohibidas las armas de fuego
no drugs	prohibidas las drogas
no shoes	sin zapatos
no shirt no shoes no service	sin camisa ni zapatos no se atiende
no children	prohibida la entrada a niños
no under 18s	prohibido a menores de 18 años
no under 16s	prohibido a menores de 16 años
adults only	solo adultos
over 18s only	solo mayores de 18 años
strictly prohibited	terminantemente prohibido
strictly forbidden	terminantemente prohibido
it is forbidden to	está prohibido
it is prohibited to	está prohibido
is prohibited	está prohibido
is forbidden	está prohibido
is not allowed	no está permitido
is not permitted	no está permitido
are not allowed	no están permitidos
are not permitted	no están permitidos
are prohibited	están prohibidos
are welcome	son bienvenidos
not allowed	no permitido
not permitted	no permitido
is allowed	está permitido
is permitted	está permitido
permitted	permitido
allowed	permitido
prohibited	prohibido
forbidden	prohibido
banned	prohibido
not allowed to	no se permite
prohibition	prohibición
ban	prohibición
obligatory	obligatorio
mandatory	obligatorio
compulsory	obligatorio
required	obligatorio
must be worn	es obligatorio llevar
must be	debe ser
must be kept	deben mantenerse
must be accompanied	deben ir acompañados
must be accompanied by an adult	deben ir acompañados de un adulto
children must be accompanied by an adult	los niños deben ir acompañados de un adulto
under 16s must be accompanied by an adult	los menores de 16 años deben ir acompañados de un adulto
children under	niños menores de
children under 12	niños menores de 12 años
unaccompanied children	niños no acompañados
parents are responsible for their children	los padres son responsables de sus hijos
parents are responsible	los padres son responsables
use at your own risk	utilícese bajo su propia responsabilidad
at your own risk	bajo su propia responsabilidad
enter at your own risk	entrada bajo su propia responsabilidad
swim at your own risk	baño bajo su propia responsabilidad
park at your own risk	aparque bajo su propia responsabilidad
we are not responsible	no nos hacemos responsables
not responsible for lost or stolen items	no nos hacemos responsables de objetos perdidos o robados
the management is not responsible	la dirección no se hace responsable
keep off the grass	prohibido pisar el césped
please keep off the grass	por favor, no pise el césped
keep off	no pisar
do not walk on the grass	no pisar el césped
do not feed the animals	no dar de comer a los animales
please do not feed the animals	por favor, no den de comer a los animales
do not feed the birds	no dar de comer a los pájaros
do not feed the ducks	no dar de comer a los patos
do not feed	no dar de comer
do not disturb	no molestar
please do not disturb	por favor, no molestar
do not lean	no apoyarse
do not lean on the doors	no apoyarse en las puertas
do not lean out of the window	no asomarse por la ventana
do not sit	no sentarse
do not stand	no permanecer de pie
do not climb	no escalar
do not cross	no cruzar
do not cross the tracks	no cruzar las vías
do not run	no correr
do not smoke	no fumar
do not park	no aparcar
do not park here	no aparcar aquí
do not leave	no dejar
do not leave bags unattended	no deje el equipaje desatendido
do not leave your luggage unattended	no deje su equipaje desatendido
do not leave valuables in your car	no deje objetos de valor en el coche
do not leave valuables in your vehicle	no deje objetos de valor en su vehículo
leave no valuables in your car	no deje objetos de valor en el coche
unattended bags will be removed	el equipaje desatendido será retirado
unattended	desatendido
do not use	no usar
do not use in case of fire	no utilizar en caso de incendio
do not use the lift in case of fire	no utilice el ascensor en caso de incendio
in case of fire do not use the lift	en caso de incendio no utilice el ascensor
in case of fire	en caso de incendio
in case of emergency	en caso de emergencia
in an emergency	en caso de emergencia
in the event of fire	en caso de incendio
in the event of an emergency	en caso de emergencia
do not throw	no tirar
do not throw rubbish	no tirar basura
do not flush	no tirar al inodoro
please do not flush paper towels	no tire toallas de papel al inodoro
do not drink	no beber
do not block the entrance	no bloquear la entrada
do not block the exit	no bloquear la salida
do not block the driveway	no bloquear la entrada de vehículos
do not open	no abrir
do not open the door	no abrir la puerta
do not open the window	no abrir la ventana
do not remove	no retirar
do not move	no mover
do not switch off	no apagar
do not operate	no accionar
do not stack	no apilar
do not step	no pisar
do not step on	no pisar
do not pick the flowers	no arrancar las flores
do not litter	no tirar basura
do not disturb the wildlife	no moleste a los animales
no exceptions	sin excepciones
without exception	sin excepción
no exit for cars	sin salida para coches
entry prohibited	prohibida la entrada
access prohibited	acceso prohibido
access denied	acceso denegado
restricted area	zona restringida
restricted access	acceso restringido
controlled area	zona controlada
reserved	reservado
reserved for	reservado para
reserved for disabled people	reservado para personas con discapacidad
reserved for disabled	reservado para discapacitados
reserved for the elderly	reservado para personas mayores
reserved for pregnant women	reservado para embarazadas
priority seat	asiento reservado
priority seats	asientos reservados
priority seating	asientos reservados
please give up this seat	por favor, ceda este asiento
please give up your seat	por favor, ceda su asiento
if you are able	si puede
for people who need it	para quienes lo necesiten
rules	normas
regulations	normativa
rule	norma
house rules	normas de la casa
park rules	normas del parque
pool rules	normas de la piscina
by order	por orden
by order of the management	por orden de la dirección
by law	por ley
the management	la dirección
management	dirección
warning	advertencia
notice	aviso
important notice	aviso importante
public notice	aviso al público
please note	tenga en cuenta
note	nota
attention	atención
important	importante
please read	por favor, lea
read carefully	lea atentamente
please read carefully	por favor, lea atentamente
thank you for your cooperation	gracias por su colaboración
thank you for your understanding	gracias por su comprensión
thank you for your patience	gracias por su paciencia
thank you for your visit	gracias por su visita
thank you for visiting	gracias por su visita
thank you for shopping with us	gracias por su compra
thank you for not smoking	gracias por no fumar
thank you for your help	gracias por su ayuda
thank you for choosing	gracias por elegir
danger	peligro
dangerous	peligroso
danger of death	peligro de muerte
caution	precaución
careful	cuidado
be careful	tenga cuidado
take care	tenga cuidado
beware	cuidado
beware of the dog	cuidado con el perro
beware of pickpockets	cuidado con los carteristas
mind	cuidado con
mind your head	cuidado con la cabeza
mind the gap	cuidado con el hueco
mind the gap between the train and the platform	cuidado con el hueco entre el tren y el andén
mind your fingers	cuidado con los dedos
mind the doors	cuidado con las puertas
hazard	peligro
hazards	peligros
risk	riesgo
risk of	riesgo de
risk of falling	riesgo de caída
risk of fire	riesgo de incendio
risk of electric shock	riesgo de descarga eléctrica
fire risk	riesgo de incendio
wet floor	suelo mojado
caution wet floor	precaución, suelo mojado
slippery	resbaladizo
slippery floor	suelo resbaladizo
slippery surface	superficie resbaladiza
slippery when wet	resbaladizo cuando está mojado
slippery road	calzada resbaladiza
icy	helado
ice	hielo
black ice	hielo en la calzada
falling rocks	desprendimientos
falling objects	caída de objetos
deep water	aguas profundas
strong currents	corrientes fuertes
high voltage	alta tensión
danger high voltage	peligro alta tensión
electricity	electricidad
electrical	eléctrico
electric	eléctrico
electric shock	descarga eléctrica
live wires	cables con corriente
flammable	inflamable
highly flammable	altamente inflamable
explosive	explosivo
toxic	tóxico
poison	veneno
poisonous	venenoso
corrosive	corrosivo
hot	caliente
hot surface	superficie caliente
hot water	agua caliente
cold water	agua fría
very hot	muy caliente
sharp	afilado
fragile	frágil
handle with care	manipular con cuidado
heavy	pesado
heavy load	carga pesada
low ceiling	techo bajo
low bridge	puente bajo
low clearance	gálibo reducido
uneven surface	superficie irregular
uneven ground	terreno irregular
steep	empinado
steep slope	pendiente pronunciada
steep drop	desnivel pronunciado
cliff	acantilado
cliff edge	borde del acantilado
keep away from the edge	aléjese del borde
keep away	manténgase alejado
keep away from	manténgase alejado de
keep back	manténgase alejado
stand back	retírese
stand clear	apártese
stand clear of the doors	apártese de las puertas
stand behind the yellow line	permanezca detrás de la línea amarilla
keep behind the yellow line	permanezca detrás de la línea amarilla
keep children away	mantenga alejados a los niños
keep out of reach of children	manténgase fuera del alcance de los niños
fire	incendio
fires	incendios
fire alarm	alarma de incendios
fire alarm call point	pulsador de alarma de incendios
fire extinguisher	extintor
fire extinguishers	extintores
extinguisher	extintor
fire hose	manguera contra incendios
fire hydrant	hidrante
fire blanket	manta ignífuga
fire brigade	bomberos
fire department	bomberos
fire station	parque de bomberos
firefighters	bomberos
fire assembly point	punto de reunión en caso de incendio
fire escape	escalera de incendios
fire procedure	procedimiento en caso de incendio
fire action	instrucciones en caso de incendio
if you discover a fire	si descubre un incendio
raise the alarm	dé la alarma
sound the alarm	active la alarma
on hearing the alarm	al oír la alarma
leave the building	abandone el edificio
leave the building immediately	abandone el edificio inmediatamente
by the nearest exit	por la salida más cercana
nearest exit	salida más cercana
do not stop to collect belongings	no se detenga a recoger sus pertenencias
do not return	no regrese
do not re-enter	no vuelva a entrar
do not re-enter the building	no vuelva a entrar en el edificio
until told it is safe	hasta que se le indique que es seguro
alarm	alarma
alarms	alarmas
alarm system	sistema de alarma
this door is alarmed	esta puerta tiene alarma
door alarmed	puerta con alarma
emergency	emergencia
emergencies	emergencias
emergency only	solo emergencias
for emergency use only	solo para uso en emergencias
emergency use only	solo para emergencias
emergency stop	parada de emergencia
emergency button	botón de emergencia
emergency brake	freno de emergencia
emergency call	llamada de emergencia
emergency number	número de emergencia
emergency phone	teléfono de emergencia
emergency telephone	teléfono de emergencia
emergency services	servicios de emergencia
emergency lighting	iluminación de emergencia
emergency vehicles	vehículos de emergencia
emergency vehicles only	solo vehículos de emergencia
emergency access	acceso de emergencia
emergency department	urgencias
accident and emergency	urgencias
evacuation	evacuación
evacuation route	ruta de evacuación
evacuate	evacuar
evacuation plan	plan de evacuación
you are here	usted está aquí
break glass	romper el cristal
break glass in case of emergency	romper el cristal en caso de emergencia
break glass press here	rompa el cristal y pulse aquí
pull handle	tire de la manilla
pull down	tirar hacia abajo
first aid	primeros auxilios
first aid kit	botiquín
first aid box	botiquín
first aider	socorrista
first aid station	puesto de primeros auxilios
defibrillator	desfibrilador
aed	DEA
eye wash	lavaojos
eye wash station	estación lavaojos
safety	seguridad
security	seguridad
safety first	la seguridad es lo primero
for your safety	por su seguridad
for your own safety	por su propia seguridad
for safety reasons	por razones de seguridad
for security reasons	por motivos de seguridad
safety instructions	instrucciones de seguridad
safety information	información de seguridad
safety equipment	equipo de seguridad
safety helmet	casco de seguridad
safety helmets must be worn	es obligatorio el uso de casco
hard hats must be worn	es obligatorio el uso de casco
hard hat area	zona de uso obligatorio de casco
safety glasses	gafas de seguridad
safety goggles	gafas protectoras
eye protection	protección ocular
ear protection	protección auditiva
hearing protection	protección auditiva
protective clothing	ropa de protección
safety shoes	calzado de seguridad
safety footwear	calzado de seguridad
gloves	guantes
wear gloves	use guantes
high visibility	alta visibilidad
high visibility vest	chaleco reflectante
mask	mascarilla
masks	mascarillas
face mask	mascarilla
face masks	mascarillas
face covering	mascarilla
masks must be worn	es obligatorio el uso de mascarilla
please wear a mask	por favor, use mascarilla
wear a mask	use mascarilla
keep your distance	mantenga la distancia
keep a safe distance	mantenga una distancia de seguridad
social distancing	distancia social
wash your hands	lávese las manos
please wash your hands	por favor, lávese las manos
employees must wash hands	los empleados deben lavarse las manos
hand sanitiser	gel desinfectante
hand sanitizer	gel desinfectante
sanitise your hands	desinfecte sus manos
disinfect	desinfectar
hygiene	higiene
cctv	CCTV
cctv in operation	zona videovigilada
video surveillance	videovigilancia
under video surveillance	bajo videovigilancia
this area is under video surveillance	esta zona está videovigilada
these premises are protected by cctv	este local está protegido por videovigilancia
surveillance	vigilancia
camera	cámara
cameras	cámaras
security cameras	cámaras de seguridad
security guard	vigilante de seguridad
security check	control de seguridad
security control	control de seguridad
bag check	control de bolsos
bags may be searched	los bolsos pueden ser registrados
guard dogs	perros guardianes
guard dogs on patrol	perros guardianes en patrulla
alarm protected	protegido por alarma
construction	obras
construction site	obra
building site	obra
under construction	en construcción
work in progress	obras en curso
works in progress	obras en curso
men at work	obras
roadworks	obras en la vía
road works	obras en la vía
road works ahead	obras más adelante
works	obras
maintenance	mantenimiento
under maintenance	en mantenimiento
maintenance work	trabajos de mantenimiento
repair	reparación
repairs	reparaciones
under repair	en reparación
renovation	renovación
closed for renovation	cerrado por reformas
closed for refurbishment	cerrado por reformas
closed for repairs	cerrado por reparaciones
closed for maintenance	cerrado por mantenimiento
out of order	fuera de servicio
out of service	fuera de servicio
not in service	fuera de servicio
not in use	no se usa
in use	en uso
in operation	en funcionamiento
out of use	fuera de uso
broken	roto
damaged	dañado
faulty	averiado
temporarily out of order	temporalmente fuera de servicio
wet paint	recién pintado
fresh paint	pintura fresca
scaffolding	andamio
crane	grúa
excavation	excavación
hole	agujero
trench	zanja
debris	escombros
dust	polvo
noise	ruido
asbestos	amianto
gas	gas
gas leak	fuga de gas
smell of gas	olor a gas
smoke	humo
smoke detector	detector de humo
carbon monoxide	monóxido de carbono
radiation	radiación
laser	láser
biohazard	riesgo biológico
chemicals	productos químicos
oxygen	oxígeno
no naked flames	prohibido encender fuego
naked flames	llamas
overhead	aéreo
overhead cables	cables aéreos
overhead power lines	líneas eléctricas aéreas
machinery	maquinaria
moving parts	piezas en movimiento
forklift trucks	carretillas elevadoras
vehicles reversing	vehículos dando marcha atrás
lifeguard	socorrista
lifeguard on duty	socorrista de servicio
no lifeguard on duty	sin socorrista
life jacket	chaleco salvavidas
life jackets	chalecos salvavidas
lifebuoy	salvavidas
life ring	salvavidas
rescue	rescate
help	ayuda
help point	punto de ayuda
help line	línea de ayuda
helpline	línea de ayuda
call	llamar
call for help	pida ayuda
dial	marque
dial 112	marque el 112
call 112	llame al 112
call 999	llame al 999
call 911	llame al 911
ambulance	ambulancia
police	policía
police station	comisaría
police officer	agente de policía
report	informe
report to	preséntese en
please report to reception	por favor, diríjase a recepción
all visitors must report to reception	todos los visitantes deben pasar por recepción
all visitors must sign in	todos los visitantes deben registrarse
visitors must sign in	los visitantes deben registrarse
report any suspicious behaviour	informe de cualquier comportamiento sospechoso
suspicious	sospechoso
suspicious package	paquete sospechoso
see it say it sorted	si lo ve, avise
theft	robo
thieves	ladrones
pickpockets	carteristas
pickpockets operate in this area	en esta zona actúan carteristas
watch your belongings	vigile sus pertenencias
keep your belongings with you	mantenga sus pertenencias con usted
keep your belongings with you at all times	mantenga sus pertenencias con usted en todo momento
belongings	pertenencias
personal belongings	objetos personales
valuables	objetos de valor
station	estación
stations	estaciones
train station	estación de tren
railway station	estación de tren
railway	ferrocarril
railroad	ferrocarril
central station	estación central
main station	estación central
bus station	estación de autobuses
coach station	estación de autobuses
metro station	estación de metro
underground station	estación de metro
subway station	estación de metro
tube station	estación de metro
train	tren
trains	trenes
bus	autobús
buses	autobuses
coach	autocar
coaches	autocares
tram	tranvía
trams	tranvías
metro	metro
underground	metro
subway	metro
tube	metro
taxi	taxi
taxis	taxis
taxi rank	parada de taxis
taxi stand	parada de taxis
ferry	ferry
ferries	ferris
boat	barco
boats	barcos
ship	barco
port	puerto
harbour	puerto
harbor	puerto
pier	muelle
quay	muelle
dock	muelle
marina	puerto deportivo
plane	avión
airport	aeropuerto
to the airport	al aeropuerto
airline	aerolínea
flight	vuelo
flights	vuelos
terminal	terminal
boarding	embarque
boarding pass	tarjeta de embarque
boarding gate	puerta de embarque
check-in	facturación
check-in desk	mostrador de facturación
baggage	equipaje
luggage	equipaje
hand luggage	equipaje de mano
carry-on	equipaje de mano
baggage claim	recogida de equipajes
baggage reclaim	recogida de equipajes
baggage drop	entrega de equipaje
bag drop	entrega de equipaje
luggage trolley	carrito de equipaje
trolleys	carritos
trolley	carrito
passport	pasaporte
passports	pasaportes
passport control	control de pasaportes
customs	aduana
nothing to declare	nada que declarar
goods to declare	artículos que declarar
immigration	inmigración
arrivals	llegadas
arrival	llegada
departures	salidas
departure	salida
domestic flights	vuelos nacionales
international flights	vuelos internacionales
connecting flights	vuelos de conexión
transfer	traslado
transfers	traslados
connections	conexiones
connection	conexión
platform	andén
platforms	andenes
track	vía
tracks	vías
line	línea
lines	líneas
route	ruta
routes	rutas
stop	parada
stops	paradas
bus stop	parada de autobús
bus stops	paradas de autobús
tram stop	parada de tranvía
request stop	parada discrecional
next stop	próxima parada
next station	próxima estación
last stop	última parada
terminus	terminal
final destination	destino final
destination	destino
destinations	destinos
journey	viaje
trip	viaje
travel	viajar
travellers	viajeros
travelers	viajeros
passenger	pasajero
passengers	pasajeros
passengers only	solo pasajeros
passengers must	los pasajeros deben
driver	conductor
drivers	conductores
do not talk to the driver	no hable con el conductor
do not distract the driver	no distraiga al conductor
conductor	revisor
carriage	vagón
carriages	vagones
car	coche
cars	coches
seat	asiento
seats	asientos
seat reservation	reserva de asiento
reserved seat	asiento reservado
first class	primera clase
second class	segunda clase
standard class	clase turista
business class	clase business
economy class	clase turista
dining car	vagón restaurante
sleeper	coche cama
ticket	billete
tickets	billetes
ticket office	taquilla
ticket machine	máquina expendedora de billetes
ticket machines	máquinas de billetes
ticket sales	venta de billetes
ticket counter	taquilla
tickets here	billetes aquí
single ticket	billete sencillo
return ticket	billete de ida y vuelta
one way	solo ida
round trip	ida y vuelta
day ticket	billete de un día
day pass	pase de un día
season ticket	abono
travel card	tarjeta de transporte
travelcard	tarjeta de transporte
pass	pase
valid ticket	billete válido
valid tickets	billetes válidos
validate	validar
validate your ticket	valide su billete
validate your ticket before boarding	valide su billete antes de subir
tickets must be validated	los billetes deben validarse
ticket validation	validación de billetes
ticket inspection	control de billetes
ticket inspectors	revisores
fare	tarifa
fares	tarifas
fare evasion	evasión de tarifa
penalty fare	multa
exact fare	importe exacto
exact fare only	solo importe exacto
no change given	no se da cambio
board	subir
boarding here	embarque aquí
get on	subir
get off	bajar
alight	bajar
alight here	bajar aquí
let passengers off first	deje salir antes de entrar
change	cambio
change here for	cambie aquí para
change trains	cambiar de tren
cancelled	cancelado
canceled	cancelado
cancellation	cancelación
diverted	desviado
diversion	desvío
detour	desvío
follow diversion	siga el desvío
replacement bus	autobús de sustitución
rail replacement bus	autobús sustitutorio del tren
service	servicio
services	servicios
service suspended	servicio suspendido
no service	sin servicio
strike	huelga
night bus	autobús nocturno
express	exprés
shuttle	lanzadera
shuttle bus	autobús lanzadera
free shuttle	lanzadera gratuita
cable car	teleférico
funicular	funicular
chairlift	telesilla
ski lift	telesquí
road	carretera
roads	carreteras
street	calle
streets	calles
avenue	avenida
square	plaza
lane	carril
lanes	carriles
bus lane	carril bus
cycle lane	carril bici
bike lane	carril bici
cycle path	carril bici
footpath	sendero
path	camino
pavement	acera
sidewalk	acera
pedestrian	peatón
pedestrians	peatones
pedestrian crossing	paso de peatones
pedestrian zone	zona peatonal
pedestrians only	solo peatones
crossing	cruce
level crossing	paso a nivel
junction	cruce
intersection	intersección
crossroads	cruce
roundabout	rotonda
bridge	puente
tunnel	túnel
motorway	autopista
highway	autopista
toll	peaje
toll road	carretera de peaje
traffic	tráfico
traffic lights	semáforo
traffic jam	atasco
one way street	calle de sentido único
one way traffic	sentido único
dead end	calle sin salida
give way	ceda el paso
yield	ceda el paso
priority	prioridad
slow	despacio
slow down	reduzca la velocidad
dead slow	muy despacio
drive slowly	conduzca despacio
drive carefully	conduzca con cuidado
speed	velocidad
speed limit	límite de velocidad
speed camera	radar
maximum speed	velocidad máxima
mph	mph
accident	accidente
accidents	accidentes
breakdown	avería
road closed	carretera cortada
street closed	calle cortada
closed to traffic	cerrado al tráfico
except for access	excepto acceso
access only	solo acceso
except buses	excepto autobuses
except cyclists	excepto ciclistas
except taxis	excepto taxis
except deliveries	excepto carga y descarga
loading	carga
unloading	descarga
loading bay	zona de carga y descarga
loading zone	zona de carga y descarga
loading and unloading	carga y descarga
loading and unloading only	solo carga y descarga
deliveries	entregas
delivery	entrega
deliveries only	solo entregas
goods entrance	entrada de mercancías
goods in	recepción de mercancías
parking	aparcamiento
car park	aparcamiento
car parks	aparcamientos
parking lot	aparcamiento
parking garage	garaje
multi-storey car park	aparcamiento de varias plantas
underground car park	aparcamiento subterráneo
underground parking	aparcamiento subterráneo
free parking	aparcamiento gratuito
paid parking	aparcamiento de pago
pay and display	pague y exhiba el ticket
parking ticket	ticket de aparcamiento
parking tickets	tickets de aparcamiento
parking meter	parquímetro
parking permit	permiso de aparcamiento
permit holders only	solo titulares de permiso
parking for customers only	aparcamiento solo para clientes
customer parking	aparcamiento para clientes
visitor parking	aparcamiento para visitantes
disabled parking	aparcamiento para discapacitados
parking space	plaza de aparcamiento
parking spaces	plazas de aparcamiento
spaces	plazas
space	plaza
full	completo
car park full	aparcamiento completo
vacant	libre
spaces available	plazas libres
tow away zone	zona de grúa
vehicles will be towed	se avisará a la grúa
towed away	retirado por la grúa
clamping	inmovilización
wheel clamping in operation	se inmovilizan vehículos
driveway	entrada de vehículos
keep driveway clear	no bloquear la entrada de vehículos
entrance and exit	entrada y salida
garage	garaje
petrol station	gasolinera
gas station	gasolinera
fuel	combustible
petrol	gasolina
diesel	diésel
unleaded	sin plomo
electric vehicle charging	carga de vehículos eléctricos
charging point	punto de carga
charging station	estación de carga
car wash	lavado de coches
car hire	alquiler de coches
car rental	alquiler de coches
bicycle	bicicleta
bicycles	bicicletas
bike	bicicleta
bikes	bicicletas
bike hire	alquiler de bicicletas
bike rental	alquiler de bicicletas
bicycle parking	aparcamiento de bicicletas
bike parking	aparcamiento de bicicletas
cyclists	ciclistas
cyclists dismount	ciclistas, desmonten
please dismount	por favor, bájese de la bicicleta
dismount	bájese
motorcycle	motocicleta
motorcycles	motocicletas
motorbikes	motos
scooter	patinete
vehicle	vehículo
vehicles	vehículos
lorry	camión
lorries	camiones
truck	camión
trucks	camiones
van	furgoneta
heavy vehicles	vehículos pesados
caravan	caravana
motorhome	autocaravana
motorhomes	autocaravanas
wheelchair	silla de ruedas
wheelchairs	sillas de ruedas
wheelchair access	acceso para sillas de ruedas
wheelchair accessible	accesible en silla de ruedas
step-free access	acceso sin escalones
accessible	accesible
accessibility	accesibilidad
accessible entrance	entrada accesible
disabled	discapacitados
disabled access	acceso para discapacitados
disabled people	personas con discapacidad
people with reduced mobility	personas con movilidad reducida
reduced mobility	movilidad reducida
pushchairs	cochecitos
pushchair	cochecito
prams	cochecitos
strollers	cochecitos
buggies	cochecitos
please fold pushchairs	pliegue los cochecitos
open	abierto
closed	cerrado
we are open	estamos abiertos
we are closed	estamos cerrados
we're open	estamos abiertos
we're closed	estamos cerrados
sorry we're closed	lo sentimos, estamos cerrados
sorry we are closed	lo sentimos, estamos cerrados
come in we're open	pase, estamos abiertos
come in	pase
please come in	pase, por favor
shop	tienda
shops	tiendas
store	tienda
stores	tiendas
shopping	compras
shopping centre	centro comercial
shopping center	centro comercial
shopping mall	centro comercial
mall	centro comercial
department store	grandes almacenes
supermarket	supermercado
market	mercado
markets	mercados
flea market	mercadillo
market day	día de mercado
bakery	panadería
butcher	carnicería
butcher's	carnicería
fishmonger	pescadería
greengrocer	frutería
grocery	tienda de comestibles
grocer	tienda de comestibles
pastry shop	pastelería
cake shop	pastelería
pharmacy	farmacia
chemist	farmacia
chemist's	farmacia
drugstore	droguería
duty pharmacy	farmacia de guardia
pharmacy on duty	farmacia de guardia
bookshop	librería
bookstore	librería
newsagent	quiosco
newsstand	quiosco
kiosk	quiosco
tobacconist	estanco
florist	floristería
hairdresser	peluquería
barber	barbería
jeweller	joyería
jewelry	joyería
optician	óptica
shoe shop	zapatería
clothes	ropa
clothing	ropa
fashion	moda
toys	juguetes
toy shop	juguetería
gift shop	tienda de regalos
souvenirs	recuerdos
souvenir shop	tienda de recuerdos
hardware store	ferretería
electronics	electrónica
laundry	lavandería
launderette	lavandería
laundromat	lavandería
dry cleaner	tintorería
dry cleaning	tintorería
off licence	tienda de licores
wine shop	vinoteca
delicatessen	charcutería
organic	ecológico
organic products	productos ecológicos
local products	productos locales
homemade	casero
handmade	hecho a mano
fresh	fresco
fresh bread	pan recién hecho
sale	rebajas
sales	rebajas
on sale	en oferta
for sale	se vende
for rent	se alquila
to let	se alquila
for hire	se alquila
sold	vendido
sold out	agotado
closing down sale	liquidación por cierre
clearance	liquidación
clearance sale	liquidación
everything must go	liquidación total
offer	oferta
offers	ofertas
special offer	oferta especial
special offers	ofertas especiales
discount	descuento
discounts	descuentos
reduced	rebajado
reduction	rebaja
off	de descuento
up to 50% off	hasta un 50% de descuento
half price	mitad de precio
buy one get one free	compre uno y llévese otro gratis
2 for 1	2x1
free	gratis
free of charge	gratuito
for free	gratis
free entry	entrada libre
free admission	entrada gratuita
admission free	entrada gratuita
free gift	regalo
new	nuevo
new arrivals	novedades
new collection	nueva colección
best seller	más vendido
price	precio
prices	precios
price list	lista de precios
price per kg	precio por kg
cost	coste
costs	costes
charge	cargo
charges	cargos
fee	tarifa
fees	tarifas
rate	tarifa
rates	tarifas
tariff	tarifa
total	total
subtotal	subtotal
amount	importe
vat	IVA
including vat	IVA incluido
excluding vat	IVA no incluido
tax	impuesto
taxes	impuestos
tax free	libre de impuestos
tax-free shopping	compras libres de impuestos
duty free	libre de impuestos
included	incluido
not included	no incluido
service included	servicio incluido
service not included	servicio no incluido
service charge	cargo por servicio
tip	propina
tips	propinas
tips welcome	se aceptan propinas
pay	pagar
pay here	pague aquí
please pay here	por favor, pague aquí
pay at the counter	pague en el mostrador
pay at the till	pague en caja
please pay at the till	por favor, pague en caja
please pay before	por favor, pague antes de
pay before you eat	pague antes de comer
payment	pago
payments	pagos
method of payment	forma de pago
payment methods	formas de pago
pay by card	pago con tarjeta
card payment	pago con tarjeta
card payments	pagos con tarjeta
card only	solo tarjeta
cards only	solo tarjetas
cash	efectivo
cash only	solo efectivo
no cash	no se acepta efectivo
cashless	sin efectivo
cash desk	caja
cash machine	cajero automático
cashpoint	cajero automático
atm	cajero automático
tills	cajas
checkout	caja
checkouts	cajas
self checkout	caja de autoservicio
self-service checkout	caja de autoservicio
cashier	cajero
counter	mostrador
credit card	tarjeta de crédito
credit cards	tarjetas de crédito
debit card	tarjeta de débito
credit cards accepted	se aceptan tarjetas de crédito
we accept	aceptamos
we do not accept	no aceptamos
accepted	aceptado
not accepted	no aceptado
contactless	sin contacto
contactless payment	pago sin contacto
minimum spend	gasto mínimo
minimum card payment	pago mínimo con tarjeta
coins	monedas
coin	moneda
coins only	solo monedas
notes	billetes
banknotes	billetes
change machine	máquina de cambio
exact change	importe exacto
exact change only	solo importe exacto
money	dinero
currency exchange	cambio de divisas
bureau de change	casa de cambio
exchange	cambio
exchange rate	tipo de cambio
euro	euro
euros	euros
pound	libra
pounds	libras
dollar	dólar
dollars	dólares
cent	céntimo
cents	céntimos
receipt	recibo
receipts	recibos
please keep your receipt	por favor, conserve su recibo
keep your receipt	conserve su recibo
invoice	factura
bill	cuenta
the bill	la cuenta
refund	reembolso
refunds	reembolsos
no refunds	no se admiten devoluciones
returns	devoluciones
no returns	no se admiten devoluciones
exchanges	cambios
no exchanges	no se admiten cambios
no refunds or exchanges	no se admiten cambios ni devoluciones
guarantee	garantía
warranty	garantía
satisfaction guaranteed	satisfacción garantizada
customer	cliente
customers	clientes
customer service	atención al cliente
customer services	atención al cliente
dear customers	estimados clientes
dear guests	estimados huéspedes
dear visitors	estimados visitantes
dear passengers	estimados pasajeros
client	cliente
clients	clientes
shoplifters will be prosecuted	los ladrones serán denunciados
shoplifting	hurto
self service	autoservicio
please help yourself	sírvase usted mismo
help yourself	sírvase
please wait to be served	por favor, espere a ser atendido
please queue here	por favor, haga cola aquí
queue here	haga cola aquí
queue	cola
please wait here	por favor, espere aquí
wait here	espere aquí
please wait	por favor, espere
please wait behind the line	por favor, espere detrás de la línea
wait behind the line	espere detrás de la línea
take a number	coja un número
take a ticket	coja un tique
please take a ticket	por favor, coja un tique
please take a number	por favor, coja un número
wait for your number	espere su número
wait for your number to be called	espere a que llamen su número
next please	siguiente, por favor
one at a time	de uno en uno
one customer at a time	de un cliente en uno
maximum 2 customers at a time	máximo 2 clientes a la vez
basket	cesta
baskets	cestas
shopping basket	cesta de la compra
shopping trolley	carro de la compra
bag	bolsa
bags	bolsas
plastic bag	bolsa de plástico
plastic bags	bolsas de plástico
paper bag	bolsa de papel
bags for sale	bolsas a la venta
please leave your bags here	por favor, deje sus bolsas aquí
item	artículo
items	artículos
product	producto
products	productos
goods	mercancías
stock	existencias
in stock	en existencias
out of stock	agotado
available	disponible
not available	no disponible
unavailable	no disponible
limited	limitado
limited edition	edición limitada
limit	límite
quantity	cantidad
maximum quantity	cantidad máxima
per customer	por cliente
size	talla
sizes	tallas
small	pequeño
medium	mediano
large	grande
extra large	extra grande
weight	peso
kg	kg
litre	litro
litres	litros
gift	regalo
gifts	regalos
gift card	tarjeta regalo
gift voucher	vale regalo
voucher	vale
vouchers	vales
coupon	cupón
loyalty card	tarjeta de fidelización
membership	afiliación
member	socio
members	socios
opening hours vary	el horario puede variar
order	pedido
orders	pedidos
order here	pida aquí
collect here	recoja aquí
collection point	punto de recogida
click and collect	recogida en tienda
pick up	recogida
pickup	recogida
home delivery	entrega a domicilio
free delivery	envío gratuito
takeaway	para llevar
take away	para llevar
to go	para llevar
eat in	para tomar aquí
eat in or take away	para tomar aquí o para llevar
bank	banco
banks	bancos
branch	sucursal
post office	oficina de correos
post	correo
mail	correo
letters	cartas
letter	carta
parcel	paquete
parcels	paquetes
package	paquete
packages	paquetes
stamps	sellos
stamp	sello
postbox	buzón
letterbox	buzón
mailbox	buzón
last collection	última recogida
next collection	próxima recogida
collection times	horario de recogida
hospital	hospital
hospitals	hospitales
clinic	clínica
health centre	centro de salud
health center	centro de salud
medical centre	centro médico
doctor	médico
doctors	médicos
dentist	dentista
nurse	enfermera
patient	paciente
patients	pacientes
patients only	solo pacientes
ward	planta
outpatients	consultas externas
appointment	cita
appointments	citas
by appointment only	solo con cita previa
by appointment	con cita previa
no appointment necessary	no es necesaria cita previa
walk-in	sin cita
medicine	medicina
medicines	medicamentos
prescription	receta
prescriptions	recetas
blood	sangre
x-ray	rayos X
radiology	radiología
maternity	maternidad
pediatrics	pediatría
paediatrics	pediatría
surgery	cirugía
intensive care	cuidados intensivos
reception desk	mostrador de recepción
school	escuela
schools	escuelas
primary school	escuela primaria
secondary school	instituto
high school	instituto
university	universidad
college	colegio
campus	campus
library	biblioteca
libraries	bibliotecas
museum	museo
museums	museos
gallery	galería
art gallery	galería de arte
exhibition	exposición
exhibitions	exposiciones
temporary exhibition	exposición temporal
permanent exhibition	exposición permanente
exhibit	obra expuesta
exhibits	obras expuestas
collection	colección
collections	colecciones
guided tour	visita guiada
guided tours	visitas guiadas
tour	visita
tours	visitas
audio guide	audioguía
audio guides	audioguías
visit	visita
visitors	visitantes
visitor	visitante
visitor centre	centro de visitantes
visitor information	información al visitante
visitors welcome	visitantes bienvenidos
admission	entrada
admission charge	precio de entrada
admission prices	precios de entrada
entrance fee	precio de entrada
entry fee	precio de entrada
adult	adulto
adults	adultos
child	niño
children	niños
kids	niños
baby	bebé
babies	bebés
infant	bebé
infants	bebés
family	familia
families	familias
family ticket	entrada familiar
student	estudiante
students	estudiantes
senior	jubilado
seniors	jubilados
pensioners	jubilados
elderly	personas mayores
concessions	tarifas reducidas
concession	tarifa reducida
reduced price	precio reducido
full price	precio completo
group	grupo
groups	grupos
group bookings	reservas de grupos
individual	individual
person	persona
persons	personas
people	personas
under 5s	menores de 5 años
under 12s	menores de 12 años
under 18s	menores de 18 años
free for children	gratis para niños
years old	años
age	edad
id	DNI
id required	se requiere identificación
proof of age	prueba de edad
identity card	documento de identidad
church	iglesia
churches	iglesias
cathedral	catedral
chapel	capilla
mosque	mezquita
synagogue	sinagoga
temple	templo
mass	misa
service times	horario de misas
place of worship	lugar de culto
please dress appropriately	vístase adecuadamente
cover your shoulders	cúbrase los hombros
dress code	código de vestimenta
castle	castillo
palace	palacio
tower	torre
monument	monumento
monuments	monumentos
memorial	monumento conmemorativo
ruins	ruinas
fountain	fuente
statue	estatua
cemetery	cementerio
town hall	ayuntamiento
city hall	ayuntamiento
council	ayuntamiento
municipality	municipio
court	tribunal
courthouse	juzgado
embassy	embajada
consulate	consulado
ministry	ministerio
government	gobierno
public	público
open to the public	abierto al público
closed to the public	cerrado al público
not open to the public	no abierto al público
public toilets	aseos públicos
public transport	transporte público
public footpath	sendero público
public area	zona pública
community centre	centro cívico
sports centre	polideportivo
sports center	polideportivo
gym	gimnasio
stadium	estadio
swimming pool	piscina
pool	piscina
sauna	sauna
showers	duchas
shower	ducha
please shower before swimming	dúchese antes de bañarse
shower before entering the pool	dúchese antes de entrar en la piscina
swimming caps must be worn	es obligatorio el gorro de baño
swimming	natación
theatre	teatro
theater	teatro
cinema	cine
concert	concierto
concert hall	sala de conciertos
opera	ópera
box office	taquilla
performance	función
show	espectáculo
event	evento
events	eventos
festival	festival
zoo	zoo
aquarium	acuario
park	parque
parks	parques
national park	parque nacional
nature reserve	reserva natural
protected area	zona protegida
botanical garden	jardín botánico
beach	playa
beaches	playas
to the beach	a la playa
sea	mar
lake	lago
river	río
forest	bosque
wood	bosque
woods	bosque
mountain	montaña
mountains	montañas
hill	colina
valley	valle
trail	sendero
trails	senderos
walking trail	sendero
hiking trail	sendero de montaña
viewpoint	mirador
view	vista
campsite	camping
camping	camping
hotel	hotel
hotels	hoteles
hostel	albergue
youth hostel	albergue juvenil
guest house	casa de huéspedes
bed and breakfast	alojamiento y desayuno
accommodation	alojamiento
vacancies	habitaciones libres
no vacancies	completo
rooms available	habitaciones disponibles
single room	habitación individual
double room	habitación doble
twin room	habitación con dos camas
room service	servicio de habitaciones
key	llave
keys	llaves
room key	llave de la habitación
key card	tarjeta llave
please leave your key at reception	deje la llave en recepción
check-out	salida
check-in time	hora de entrada
check-out time	hora de salida
checkout time	hora de salida
towels	toallas
towel	toalla
bed	cama
beds	camas
breakfast	desayuno
breakfast included	desayuno incluido
breakfast is served	el desayuno se sirve
lunch	almuerzo
dinner	cena
supper	cena
meal	comida
meals	comidas
restaurant	restaurante
restaurants	restaurantes
cafe	cafetería
café	cafetería
cafeteria	cafetería
canteen	comedor
bar	bar
pub	pub
snack bar	cafetería
buffet	bufé
menu	menú
menus	menús
today's menu	menú del día
menu of the day	menú del día
set menu	menú del día
dish of the day	plato del día
specials	especialidades
today's specials	especiales del día
starters	entrantes
main course	plato principal
main courses	platos principales
desserts	postres
dessert	postre
drinks	bebidas
drink	bebida
food	comida
food and drink	comida y bebida
food and drinks	comida y bebidas
hot food	comida caliente
hot drinks	bebidas calientes
cold drinks	bebidas frías
soft drinks	refrescos
snacks	aperitivos
water	agua
drinking water	agua potable
not drinking water	agua no potable
non-drinking water	agua no potable
non-potable water	agua no potable
mineral water	agua mineral
sparkling water	agua con gas
still water	agua sin gas
coffee	café
tea	té
milk	leche
juice	zumo
orange juice	zumo de naranja
beer	cerveza
wine	vino
red wine	vino tinto
white wine	vino blanco
bread	pan
cheese	queso
meat	carne
fish	pescado
chicken	pollo
beef	ternera
pork	cerdo
ham	jamón
eggs	huevos
egg	huevo
vegetables	verduras
fruit	fruta
salad	ensalada
soup	sopa
rice	arroz
pasta	pasta
pizza	pizza
sandwich	bocadillo
sandwiches	bocadillos
cake	pastel
cakes	pasteles
ice cream	helado
sugar	azúcar
salt	sal
oil	aceite
vegetarian	vegetariano
vegan	vegano
gluten free	sin gluten
lactose free	sin lactosa
allergens	alérgenos
allergy	alergia
allergies	alergias
contains nuts	contiene frutos secos
may contain nuts	puede contener frutos secos
please inform staff of any allergies	informe al personal de cualquier alergia
halal	halal
kosher	kosher
table	mesa
tables	mesas
table reserved	mesa reservada
reservation	reserva
reservations	reservas
booking	reserva
bookings	reservas
booking required	reserva obligatoria
booking essential	imprescindible reservar
booking recommended	se recomienda reservar
reservation required	reserva obligatoria
advance booking	reserva anticipada
please wait to be seated	espere a que le asignen mesa
please seat yourself	siéntese donde quiera
seat yourself	siéntese
table service	servicio de mesa
waiter	camarero
kitchen closed	cocina cerrada
kitchen open	cocina abierta
outdoor seating	terraza
seating area	zona de asientos
happy hour	hora feliz
wifi	wifi
wi-fi	wifi
free wifi	wifi gratis
free wi-fi	wifi gratis
wifi password	contraseña del wifi
password	contraseña
internet	internet
phone	teléfono
telephone	teléfono
mobile phone	teléfono móvil
mobile phones	teléfonos móviles
cell phone	teléfono móvil
cell phones	teléfonos móviles
phones	teléfonos
switch off your mobile phone	apague su teléfono móvil
please switch off your mobile phone	por favor, apague su teléfono móvil
please turn off your mobile phone	por favor, apague su teléfono móvil
please turn off your phone	por favor, apague su teléfono
please silence your phone	por favor, silencie su teléfono
charging	carga
phone charging	carga de móviles
socket	enchufe
sockets	enchufes
plug	enchufe
contact	contacto
contact us	contacte con nosotros
for more information	para más información
more information	más información
further information	más información
information available	información disponible
ask	pregunte
please ask	por favor, pregunte
ask staff	pregunte al personal
please ask a member of staff	por favor, pregunte a un miembro del personal
please ask for assistance	por favor, pida ayuda
ask for help	pida ayuda
ask at reception	pregunte en recepción
enquire within	infórmese dentro
inquire within	infórmese dentro
enquiries	información
inquiries	información
staff	personal
member of staff	empleado
members of staff	empleados
employee	empleado
employees	empleados
personnel	personal
team	equipo
manager	gerente
owner	propietario
owners	propietarios
tenant	inquilino
tenants	inquilinos
resident	residente
residents	residentes
neighbour	vecino
neighbours	vecinos
neighbors	vecinos
please respect our neighbours	por favor, respete a los vecinos
please respect the neighbours	por favor, respete a los vecinos
please leave quietly	por favor, salgan en silencio
accept	aceptar
access	acceso
add	añadir
allow	permitir
apply	aplicar
apply within	solicite información dentro
arrive	llegar
avoid	evitar
be aware	tenga en cuenta
become	convertirse en
begin	empezar
book	reservar
book now	reserve ahora
book online	reserve en línea
break	romper
bring	traer
buy	comprar
buy now	compre ahora
buy tickets	compre billetes
buy your ticket	compre su billete
buy your ticket before boarding	compre su billete antes de subir
call us	llámenos
cancel	cancelar
carry	llevar
catch	coger
check	comprobar
choose	elegir
clean up	limpiar
clear	despejar
climb	subir
close	cerrar
close the door	cierre la puerta
closes	cierra
closes at	cierra a las
opens at	abre a las
opens	abre
collect	recoger
come	venir
come back	volver
come back later	vuelva más tarde
comply	cumplir
confirm	confirmar
connect	conectar
contain	contener
contains	contiene
continue	continuar
cook	cocinar
cover	cubrir
cross	cruzar
cross here	cruce aquí
cross with care	cruce con precaución
cut	cortar
deliver	entregar
depart	salir
departs	sale
departs from	sale de
describe	describir
dispose of	deseche
drive	conducir
drop	dejar caer
drop off	dejar
drop off point	punto de descenso
eat	comer
ends	termina
enjoy	disfrutar
enter	entrar
enter here	entre por aquí
enter your pin	introduzca su pin
exit here	salga por aquí
explore	explorar
extinguish	apagar
feed	alimentar
fill	llenar
fill in	rellenar
find	encontrar
find out more	más información
fix	arreglar
fold	plegar
get	obtener
give	dar
go	ir
go back	vuelva
go to	diríjase a
go up	suba
go down	baje
hang	colgar
hang up	cuelgue
hear	oír
hold	sujetar
hold the handrail	sujétese al pasamanos
please hold the handrail	por favor, sujétese al pasamanos
hold on	agárrese
please hold on	por favor, agárrese
insert	introducir
insert card	introduzca la tarjeta
insert coins	introduzca monedas
insert ticket	introduzca el billete
join	unirse
join us	únase a nosotros
jump	saltar
keep	mantener
keep closed	mantener cerrado
keep locked	mantener cerrado con llave
keep open	mantener abierto
keep dry	mantener seco
keep refrigerated	mantener refrigerado
keep frozen	mantener congelado
keep cool	mantener en lugar fresco
keep upright	mantener en posición vertical
keep calm	mantenga la calma
keep moving	no se detenga
keep tidy	mantenga limpio
keep this area clean	mantenga limpia esta zona
please keep this area clean	por favor, mantenga limpia esta zona
please keep clean	por favor, mantenga limpio
keep britain tidy	mantenga limpio el país
know	saber
learn	aprender
leave	salir
leave here	deje aquí
let	dejar
lift handle	levante la manilla
listen	escuchar
live	vivir
load	cargar
lock	cerrar con llave
locked	cerrado con llave
look	mirar
look left	mire a la izquierda
look right	mire a la derecha
look both ways	mire a ambos lados
look out	cuidado
lose	perder
lost	perdido
make	hacer
meet	encontrarse
move	mover
move down inside	avance hacia el interior
need	necesitar
notify	notificar
obey	obedecer
observe	respetar
occupy	ocupar
occupied	ocupado
open here	abrir por aquí
operate	manejar
park here	aparque aquí
pay attention	preste atención
pick	coger
place	colocar
plan	planificar
play	jugar
prepare	preparar
present	presentar
prevent	evitar
print	imprimir
proceed	continúe
proceed to	diríjase a
protect	proteger
provide	proporcionar
put	poner
put out	apagar
reach	alcanzar
read	leer
receive	recibir
recycle	reciclar
register	registrarse
remain	permanecer
remain seated	permanezca sentado
please remain seated	por favor, permanezca sentado
remember	recordar
remove	retirar
remove your shoes	quítese los zapatos
please remove your shoes	por favor, quítese los zapatos
rent	alquilar
replace	sustituir
request	solicitar
on request	bajo petición
reserve	reservar
respect	respetar
rest	descansar
return	devolver
return trolleys here	devuelva los carritos aquí
please return your tray	por favor, devuelva la bandeja
ride	montar
ring	llamar
run	correr
save	ahorrar
say	decir
scan	escanear
scan here	escanee aquí
scan the qr code	escanee el código QR
scan your ticket	escanee su billete
search	buscar
see	ver
see below	ver abajo
see above	ver arriba
see overleaf	ver al dorso
select	seleccionar
select your destination	seleccione su destino
sell	vender
send	enviar
separate	separar
serve	servir
served	servido
set	poner
share	compartir
show your ticket	muestre su billete
please show your ticket	por favor, muestre su billete
shut	cerrar
sign in	regístrese
sign out	salida
sign here	firme aquí
sit	sentarse
sleep	dormir
slide	deslizar
sort	clasificar
speak	hablar
we speak english	hablamos inglés
english spoken	se habla inglés
stand	estar de pie
starts	empieza
stay	quedarse
stay on the path	no salga del camino
stay on the paths	no se salga de los caminos
stay behind the barrier	permanezca detrás de la barrera
stop here	pare aquí
store in a cool dry place	conservar en lugar fresco y seco
switch off	apagar
switch on	encender
switch off the lights	apague las luces
please switch off the lights	por favor, apague las luces
take	tomar
take one	coja uno
take care of	cuidar
take your litter home	llévese su basura
please take your litter home	por favor, llévese su basura
talk	hablar
tap	tocar
tap in	valide su tarjeta
tap here	toque aquí
tell	decir
think	pensar
throw	tirar
touch	tocar
try	probar
turn	girar
turn off	apagar
turn on	encender
turn off the engine	apague el motor
switch off engine	apague el motor
turn off the tap	cierre el grifo
understand	entender
unlock	desbloquear
use	usar
use other door	use la otra puerta
please use other door	por favor, use la otra puerta
please use the other door	por favor, use la otra puerta
use the other entrance	use la otra entrada
please use the bins provided	utilice las papeleras
please use the bins	utilice las papeleras
use the handrail	utilice el pasamanos
validate here	valide aquí
visit us	visítenos
visit our website	visite nuestra web
wait	esperar
walk	caminar
walk on the right	camine por la derecha
want	querer
warn	advertir
wash	lavar
watch	mirar
watch out	cuidado
wear	llevar
wipe	limpiar
work	trabajar
write	escribir
accompanied	acompañado
authorised	autorizado
authorized	autorizado
unauthorised	no autorizado
unauthorized	no autorizado
unauthorised persons	personas no autorizadas
unauthorized persons	personas no autorizadas
booked	reservado
fully booked	completo
cleaned	limpiado
checked	comprobado
controlled	controlado
monitored	vigilado
protected	protegido
recorded	grabado
provided	proporcionado
recommended	recomendado
located	situado
is located	está situado
are located	están situados
can be found	se encuentra
moved	trasladado
we have moved	nos hemos trasladado
we have moved to	nos hemos trasladado a
relocated	trasladado
suspended	suspendido
postponed	aplazado
used	usado
kept	guardado
found	encontrado
given	dado
made	hecho
made in	hecho en
sent	enviado
taken	tomado
shown	mostrado
seen	visto
done	hecho
paid	pagado
unpaid	no pagado
fined	multado
will be fined	serán multados
offenders will be fined	los infractores serán multados
will be removed	será retirado
will be towed away	será retirado por la grúa
will be prosecuted	serán denunciados
will be charged	se cobrará
fine	multa
fines	multas
penalty	sanción
maximum fine	multa máxima
a fine of	una multa de
good	bueno
bad	malo
big	grande
little	pequeño
long	largo
short	corto
high	alto
low	bajo
wide	ancho
narrow	estrecho
deep	profundo
shallow	poco profundo
shallow water	aguas poco profundas
fast	rápido
quick	rápido
quickly	rápidamente
slowly	despacio
old	viejo
young	joven
cold	frío
warm	cálido
cool	fresco
dry	seco
wet	mojado
clean	limpio
dirty	sucio
dark	oscuro
easy	fácil
difficult	difícil
hard	duro
soft	blando
safe	seguro
unsafe	inseguro
secure	seguro
busy	ocupado
empty	vacío
loud	alto
far	lejos
nearby	cerca
nearest	más cercano
main	principal
general	general
special	especial
normal	normal
regular	regular
local	local
national	nacional
international	internacional
european	europeo
foreign	extranjero
official	oficial
real	real
true	verdadero
correct	correcto
wrong	equivocado
possible	posible
impossible	imposible
necessary	necesario
useful	útil
ready	listo
different	diferente
similar	similar
whole	entero
complete	completo
partial	parcial
extra	extra
additional	adicional
beautiful	bonito
nice	agradable
happy	feliz
friendly	amable
polite	educado
famous	famoso
historic	histórico
historical	histórico
ancient	antiguo
modern	moderno
traditional	tradicional
typical	típico
cheap	barato
expensive	caro
best	mejor
better	mejor
worst	peor
great	gran
strong	fuerte
weak	débil
busy hours	horas punta
rush hour	hora punta
peak hours	horas punta
off-peak	fuera de horas punta
correctly	correctamente
carefully	con cuidado
immediately	inmediatamente
directly	directamente
automatically	automáticamente
manually	manualmente
only here	solo aquí
strictly	estrictamente
exclusively	exclusivamente
permanently	permanentemente
currently	actualmente
unfortunately	lamentablemente
well	bien
right now	ahora mismo
colour	color
color	color
red	rojo
green	verde
blue	azul
yellow	amarillo
white	blanco
black	negro
orange	naranja
brown	marrón
grey	gris
gray	gris
pink	rosa
purple	morado
gold	oro
silver	plata
red line	línea roja
yellow line	línea amarilla
white line	línea blanca
button	botón
buttons	botones
handle	manilla
handrail	pasamanos
barrier	barrera
barriers	barreras
fence	valla
sign	señal
signs	señales
signal	señal
map	mapa
maps	mapas
screen	pantalla
display	pantalla
departure board	panel de salidas
notice board	tablón de anuncios
machine	máquina
machines	máquinas
vending machine	máquina expendedora
card	tarjeta
cards	tarjetas
pin	pin
code	código
qr code	código QR
light	luz
lights	luces
lighting	iluminación
switch	interruptor
heating	calefacción
air conditioning	aire acondicionado
air conditioned	climatizado
ventilation	ventilación
power	electricidad
power cut	corte de luz
energy	energía
save energy	ahorre energía
save water	ahorre agua
sink	lavabo
soap	jabón
paper	papel
toilet paper	papel higiénico
paper towels	toallas de papel
hand dryer	secador de manos
rubbish	basura
trash	basura
garbage	basura
litter	basura
waste	residuos
bin	papelera
bins	papeleras
litter bin	papelera
rubbish bin	cubo de basura
recycling	reciclaje
recycling bin	contenedor de reciclaje
general waste	residuos generales
plastic	plástico
glass	vidrio
cans	latas
bottles	botellas
bottle	botella
cardboard	cartón
organic waste	residuos orgánicos
batteries	pilas
box	caja
boxes	cajas
tray	bandeja
trays	bandejas
chair	silla
chairs	sillas
bench	banco
benches	bancos
desk	mostrador
shelf	estante
shelves	estantes
mirror	espejo
clock	reloj
tool	herramienta
tools	herramientas
equipment	equipo
material	material
materials	materiales
object	objeto
objects	objetos
thing	cosa
things	cosas
part	parte
parts	piezas
piece	pieza
pieces	piezas
kind	tipo
type	tipo
places	lugares
point	punto
points	puntos
world	mundo
country	país
city	ciudad
cities	ciudades
town	ciudad
village	pueblo
region	región
district	distrito
neighbourhood	barrio
neighborhood	barrio
address	dirección
name	nombre
surname	apellido
first name	nombre
signature	firma
form	formulario
forms	formularios
document	documento
documents	documentos
certificate	certificado
permit	permiso
licence	licencia
license	licencia
driving licence	permiso de conducir
law	ley
laws	leyes
policy	política
condition	condición
conditions	condiciones
terms and conditions	términos y condiciones
terms	términos
instructions	instrucciones
instruction	instrucción
information board	panel informativo
details	detalles
detail	detalle
question	pregunta
questions	preguntas
answer	respuesta
problem	problema
problems	problemas
reason	motivo
reasons	motivos
result	resultado
changes	cambios
subject to change	sujeto a cambios
subject to availability	sujeto a disponibilidad
while stocks last	hasta agotar existencias
news	noticias
message	mensaje
announcement	anuncio
announcements	anuncios
advertisement	anuncio
website	sitio web
email	correo electrónico
e-mail	correo electrónico
online	en línea
app	aplicación
tel	tel.
fax	fax
life	vida
health	salud
care	cuidado
body	cuerpo
head	cabeza
hand	mano
hands	manos
foot	pie
feet	pies
on foot	a pie
eye	ojo
eyes	ojos
man	hombre
woman	mujer
boy	niño
girl	niña
boys	niños
girls	niñas
friend	amigo
friends	amigos
guest	huésped
guests	huéspedes
owner's	del propietario
public holidays excepted	excepto festivos
except sundays	excepto domingos
except holidays	excepto festivos
weather	tiempo
weather permitting	si el tiempo lo permite
in bad weather	con mal tiempo
rain	lluvia
snow	nieve
wind	viento
storm	tormenta
fog	niebla
flood	inundación
flooding	inundaciones
risk of flooding	riesgo de inundación
tide	marea
high tide	marea alta
low tide	marea baja
waves	olas
sand	arena
rocks	rocas
temperature	temperatura
air	aire
fresh air	aire fresco
nature	naturaleza
environment	medio ambiente
protect the environment	proteja el medio ambiente
tree	árbol
trees	árboles
grass	césped
flowers	flores
flower	flor
plants	plantas
plant	planta
lawn	césped
wildlife	fauna
animal	animal
animals	animales
dog	perro
dogs	perros
cat	gato
cats	gatos
bird	pájaro
birds	pájaros
horse	caballo
horses	caballos
cattle	ganado
cows	vacas
sheep	ovejas
ducks	patos
pets	mascotas
pet	mascota
lead	correa
leash	correa
on a lead	con correa
on the lead	con correa
guide dog	perro guía
guide dogs	perros guía
assistance dogs	perros de asistencia
assistance dogs welcome	se admiten perros de asistencia
wild animals	animales salvajes
bees	abejas
snakes	serpientes
insects	insectos
mosquitoes	mosquitos
bull	toro
beware of the bull	cuidado con el toro
game	juego
games	juegos
sport	deporte
sports	deportes
ball	pelota
football	fútbol
tennis	tenis
golf	golf
ski	esquí
skiing	esquí
cycling	ciclismo
walking	senderismo
hiking	senderismo
running	correr
fishing	pesca
music	música
art	arte
history	historia
culture	cultura
science	ciencia
books	libros
newspaper	periódico
newspapers	periódicos
magazine	revista
photo	foto
photos	fotos
picture	imagen
pictures	imágenes
film	película
video	vídeo
language	idioma
languages	idiomas
english	inglés
spanish	español
french	francés
italian	italiano
german	alemán
translation	traducción
job	empleo
jobs	empleos
staff wanted	se busca personal
help wanted	se busca personal
we are hiring	estamos contratando
we're hiring	estamos contratando
vacancy	vacante
business	negocio
company	empresa
industry	industria
factory	fábrica
farm	granja
house	casa
home	casa
flat	piso
apartment	apartamento
apartments	apartamentos
property	propiedad
land	terreno
site	sitio
premises	local
on these premises	en este local
on the premises	en el local
inside the building	dentro del edificio
in the building	en el edificio
throughout the building	en todo el edificio
in this area	en esta zona
this area	esta zona
in this building	en este edificio
this building	este edificio
this door	esta puerta
this way please	por aquí, por favor
this side	este lado
other side	otro lado
both sides	ambos lados
sides	lados
here only	solo aquí
applies	se aplica
conditions apply	se aplican condiciones
terms and conditions apply	se aplican términos y condiciones
charges apply	se aplican cargos
restrictions apply	se aplican restricciones
keep shut	mantener cerrado
keep locked shut	mantener cerrado con llave
is closed	está cerrado
is open	está abierto
are closed	están cerrados
are open	están abiertos
will be closed	estará cerrado
will be open	estará abierto
will remain closed	permanecerá cerrado
remains closed	permanece cerrado
remains open	permanece abierto
is located on	está situado en
is available	está disponible
are available	están disponibles
is required	es obligatorio
are required	son obligatorios
is not available	no está disponible
is free	es gratuito
are free	son gratuitos
is reserved	está reservado
are reserved	están reservados
is not responsible	no se hace responsable
is closed today	hoy está cerrado
goes	va
comes	viene
leaves	sale
arrives	llega
stops at	para en
does not stop	no para
does not stop at	no para en
this train does not stop at	este tren no para en
this train terminates here	este tren finaliza aquí su recorrido
terminates here	finaliza aquí
calling at	con paradas en
runs	circula
runs every	circula cada
does not run	no circula
operates	funciona
serves	sirve
includes	incluye
requires	requiere
means	significa
needs	necesita
helps	ayuda
opens automatically	se abre automáticamente
closes automatically	se cierra automáticamente
locks automatically	se bloquea automáticamente
is being	está siendo
being cleaned	en limpieza
cleaning in progress	limpieza en curso
cleaning	limpieza
cleaner	limpiador
toilet cleaned at	aseo limpiado a las
renovated	renovado
installed	instalado
entrance closed	entrada cerrada
exit closed	salida cerrada
door closed	puerta cerrada
lift out of order	ascensor fuera de servicio
toilet out of order	aseo fuera de servicio
machine out of order	máquina fuera de servicio
path closed	camino cerrado
footpath closed	sendero cerrado
beach closed	playa cerrada
park closed	parque cerrado
platform closed	andén cerrado
shop closed	tienda cerrada
office closed	oficina cerrada
lane closed	carril cerrado
bridge closed	puente cerrado
pedestrian access	acceso peatonal
vehicle access	acceso de vehículos
access road	vía de acceso
access for	acceso para
access to	acceso a
way to	camino a
to the	a el
to the station	a la estación
to the city centre	al centro ciudad
to the platforms	a los andenes
to all platforms	a todos los andenes
to the trains	a los trenes
to the toilets	a los aseos
of the	de el
in the	en el
on the	en el
at the	en el
for the	para el
from the	de el
with the	con el
by the	por el
and the	y el
is the	es el
near the	cerca de el
next to the	al lado de el
in front of the	delante de el
behind the	detrás de el
opposite the	enfrente de el
inside the	dentro de el
outside the	fuera de el
through the	por el
along the	a lo largo de el
after the	después de el
before the	antes de el
during the	durante el
until the	hasta el
use of	uso de
the use of	el uso de
use of mobile phones	uso de teléfonos móviles
the use of mobile phones is prohibited	está prohibido el uso de teléfonos móviles
entry is free	la entrada es gratuita
admission is free	la entrada es gratuita
in progress	en curso
in service	en servicio
on duty	de servicio
off duty	fuera de servicio
on display	expuesto
on sale here	a la venta aquí
available here	disponible aquí
sold here	se vende aquí
tickets sold here	se venden billetes aquí
tickets available	billetes disponibles
tickets available here	billetes disponibles aquí
tickets available online	billetes disponibles en línea
tickets on sale	billetes a la venta
tickets sold out	entradas agotadas
entrance ticket	entrada
entrance tickets	entradas
combined ticket	entrada combinada
skip the line	sin colas
fast track	acceso rápido
priority boarding	embarque prioritario
priority lane	carril prioritario
priority access	acceso prioritario
queue starts here	la cola empieza aquí
queue from here	haga cola desde aquí
waiting time from this point	tiempo de espera desde este punto
minutes from here	minutos desde aquí
minutes walk	minutos a pie
walking distance	distancia a pie
distance	distancia
km	km
metres	metros
meters	metros
metre	metro
meter	metro
miles	millas
mile	milla
height	altura
width	anchura
length	longitud
maximum height	altura máxima
max height	altura máx.
maximum weight	peso máximo
maximum load	carga máxima
capacity	capacidad
maximum capacity	capacidad máxima
persons maximum	personas como máximo
occupancy	ocupación
maximum occupancy	aforo máximo
limits	límites
weight limit	límite de peso
height limit	límite de altura
time limit	límite de tiempo
limited time	tiempo limitado
limited waiting	estacionamiento limitado
short stay	estancia corta
long stay	estancia larga
short stay parking	aparcamiento de corta estancia
long stay parking	aparcamiento de larga estancia
max stay	estancia máxima
maximum stay	estancia máxima
no return within	no volver antes de
disc parking	zona azul
parking disc	disco de aparcamiento
blue zone	zona azul
residents parking	aparcamiento para residentes
residents parking only	solo aparcamiento para residentes
parking prohibited	prohibido aparcar
parking for	aparcamiento para
parking only	solo aparcamiento
parking available	aparcamiento disponible
parking charges	tarifas de aparcamiento
pay at machine	pague en la máquina
pay on foot	pague en el cajero antes de salir
pay on exit	pague a la salida
pay on entry	pague a la entrada
pay by phone	pague por teléfono
display ticket	exhiba el ticket
display ticket clearly	exhiba el ticket de forma visible
tickets must be displayed	los tickets deben estar visibles
charges apply at all times	tarifas aplicables en todo momento
free after	gratis después de las
first hour free	primera hora gratis
each additional hour	cada hora adicional
up to 1 hour	hasta 1 hora
up to 2 hours	hasta 2 horas
up to 3 hours	hasta 3 horas
1 hour	1 hora
2 hours	2 horas
3 hours	3 horas
4 hours	4 horas
30 minutes	30 minutos
15 minutes	15 minutos
10 minutes	10 minutos
5 minutes	5 minutos
all day parking	aparcamiento todo el día
overnight	por la noche
overnight parking	aparcamiento nocturno
no overnight parking	prohibido aparcar por la noche
no overnight camping	prohibido acampar por la noche
no camping or caravans	prohibido acampar y caravanas
no motorhomes	prohibidas las autocaravanas
no lorries	prohibido camiones
no heavy goods vehicles	prohibido vehículos pesados
no coaches	prohibido autocares
no motorcycles	prohibidas las motos
no horses	prohibido caballos
no horse riding	prohibido montar a caballo
no boats	prohibidas las embarcaciones
no jet skis	prohibidas las motos acuáticas
no drones	prohibidos los drones
no metal detecting	prohibido el uso de detectores de metales
no hunting	prohibido cazar
private hunting	coto privado de caza
no sunbathing	prohibido tomar el sol
no nudity	prohibido el nudismo
no topless	prohibido el topless
no loitering	prohibido merodear
no gathering	prohibidas las aglomeraciones
no gatherings	prohibidas las aglomeraciones
no unaccompanied children	prohibido niños sin acompañante
no sitting	prohibido sentarse
no standing	prohibido permanecer de pie
no pushing	no empujar
no mobile phone use	prohibido usar el teléfono móvil
no headphones	prohibidos los auriculares
no cameras	prohibidas las cámaras
no backpacks	prohibidas las mochilas
no large bags	prohibidas las bolsas grandes
no umbrellas	prohibidos los paraguas
no sharp objects	prohibidos los objetos punzantes
no liquids	prohibidos los líquidos
no chewing gum	prohibido el chicle
no ice cream	prohibidos los helados
no sleeping	prohibido dormir
no shouting	prohibido gritar
no swearing	prohibido decir palabrotas
no smoking or vaping	prohibido fumar y vapear
no smoking within	prohibido fumar a menos de
no smoking in this area	prohibido fumar en esta zona
no smoking on the premises	prohibido fumar en el recinto
no smoking in the building	prohibido fumar en el edificio
this is a no smoking area	esta es una zona de no fumadores
this is a non-smoking building	este es un edificio libre de humo
smoking area only	solo zona de fumadores
designated smoking area	zona habilitada para fumadores
designated area	zona habilitada
in designated areas	en zonas habilitadas
only in designated areas	solo en las zonas habilitadas
`;
