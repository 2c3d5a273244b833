/** Word tables for finding people: honorifics, job titles, name particles and capitalised words that are never names. */

/** Courtesy and rank abbreviations written before a name ("Ms Persson", "Cmdr. Sean Robertson"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'sheikh', 'sheik', 'imam', 'rabbi', 'cmdr', 'commander', 'gen', 'general', 'lt',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'judge', 'justice',
  'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'president', 'king', 'queen', 'prince', 'princess',
  'emir', 'pope', 'cardinal', 'bishop', 'archbishop', 'marshal', 'ambassador', 'minister', 'chancellor',
  'premier', 'chairman', 'chairwoman', 'chair', 'speaker', 'secretary', 'director', 'detective', 'inspector',
  'officer', 'constable', 'chief', 'deputy', 'vice', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy',
  'coordinator', 'representative', 'commissioner', 'advocate', 'attorney', 'prosecutor', 'lawyer', 'analyst',
  'hon', 'honourable', 'honorable', 'rt', 'superintendent', 'ombudsman', 'provost', 'chancellor', 'sheriff',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'councillor',
  'councilor', 'alderman', 'lawmaker', 'administrator', 'coach', 'manager',
])

/** Honorifics that tell the gender, used to resolve "he" and "she". */
export const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'father', 'brother', 'king', 'prince', 'sheikh', 'sheik', 'emir', 'pope'])
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'sister', 'queen', 'princess'])

/**
 * Capitalised words that belong to a title before a name ("Under-Secretary-General",
 * "Special Representative", "Human Rights Chief"); a run of them is a role, not a name.
 */
export const TITLE_WORDS = new Set([
  ...HONORIFICS,
  'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'health', 'justice', 'state', 'special',
  'high', 'senior', 'executive', 'managing', 'assistant', 'associate', 'acting', 'interim', 'former', 'first',
  'lady', 'supreme', 'leader', 'head', 'founder', 'co-founder', 'editor', 'editor-in-chief', 'correspondent',
  'reporter', 'humanitarian', 'human', 'rights', 'resident', 'permanent', 'under-secretary-general',
  'secretary-general', 'director-general', 'deputy', 'minister', 'ministers', 'chiefs', 'un', 'u.n.', 'eu',
  'public', 'prosecution', 'political', 'affairs', 'opposition', 'military', 'army', 'navy', 'air', 'force',
  'staff', 'national', 'security', 'adviser', 'advisor', 'economy', 'trade', 'energy', 'environment', 'labour',
  'education', 'culture', 'communications', 'information', 'mission', 'operations', 'ceo', 'cfo', 'coo', 'cto',
  'founding', 'partner', 'professor', 'expert', 'nobel', 'laureate', 'official', 'activist', 'journalist',
  'correspondent', 'economist', 'diplomat', 'negotiator', 'agency', 'general', 'chief', 'president-elect',
  'vice-president', 'crown', 'majority', 'minority', 'whip', 'house', 'white', 'cabinet', 'of', 'for', 'the',
])

/** Lower-case role nouns that may stand right before a name ("missile expert Fabian Hoffman"). */
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'expert', 'analyst',
  'lawyer', 'activist', 'journalist', 'blogger', 'director', 'chief', 'head', 'leader', 'figure', 'laureate',
  'correspondent', 'reporter', 'editor', 'editor-in-chief', 'founder', 'co-founder', 'secretary', 'envoy',
  'ambassador', 'official', 'officer', 'commander', 'general', 'negotiator', 'premier', 'chancellor', 'economist',
  'researcher', 'professor', 'scientist', 'diplomat', 'representative', 'coordinator', 'chairman', 'chairwoman',
  'chair', 'ceo', 'executive', 'governor', 'mayor', 'senator', 'judge', 'prosecutor', 'attorney', 'chiefs',
  'manager', 'student', 'teacher', 'doctor', 'nurse', 'farmer', 'resident', 'veteran', 'priest', 'writer',
  'author', 'artist', 'singer', 'actor', 'actress', 'player', 'coach', 'candidate', 'politician', 'lawmaker',
  'legislator', 'mp', 'member', 'fellow', 'administrator', 'consultant', 'specialist', 'organiser', 'organizer', 'campaigner', 'defender', 'partner', 'founder', 'owner', 'designer', 'engineer', 'strategist',
  'quarterback', 'receiver', 'linebacker', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'defenseman',
  'defenceman', 'goaltender', 'goalie', 'rusher', 'cornerback', 'pitcher', 'catcher', 'shortstop',
  'outfielder', 'infielder', 'captain', 'skipper', 'manager', 'boss', 'rookie',
  'teammate', 'driver', 'rider', 'cyclist', 'swimmer', 'sprinter', 'runner', 'boxer', 'wrestler', 'golfer',
  'producer', 'filmmaker', 'director', 'host', 'anchor', 'presenter', 'comedian', 'musician', 'guitarist',
  'drummer', 'rapper', 'songwriter', 'novelist', 'poet', 'photographer', 'biochemist', 'chemist', 'physicist',
  'biologist', 'astronomer', 'geologist', 'epidemiologist', 'virologist', 'psychologist', 'sociologist',
  'historian', 'physician', 'surgeon', 'psychiatrist', 'entrepreneur', 'investor', 'billionaire', 'businessman',
  'businesswoman', 'banker', 'trader', 'broker', 'accountant', 'auditor', 'official', 'spokesman', 'employee',
  'worker', 'volunteer', 'superintendent', 'principal', 'pastor', 'rabbi', 'imam', 'sheriff', 'detective',
  'deputy', 'agent', 'soldier', 'sergeant', 'colonel', 'lieutenant', 'columnist', 'commentator', 'pundit',
])

/** Lower-case particles inside a full name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'du', 'di', 'del', 'della', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'bint', 'ben', 'abu', 'ter', 'ten', 'y', 'st',
])

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

/**
 * Capitalised words that are never part of a person's name: function words that open
 * sentences, pronouns, places and event words. Countries and demonyms live in lexicon/organisations.ts.
 */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'of', 'as',
  'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'what', 'why', 'how', 'who', 'which',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'any', 'each', 'every', 'no', 'not',
  'also', 'however', 'meanwhile', 'moreover', 'furthermore', 'despite', 'although', 'though', 'amid', 'among',
  'according', 'additional', 'additionally', 'last', 'next', 'first', 'second', 'third', 'new', 'old', 'north',
  'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'world', 'war', 'day',
  'today', 'yesterday', 'tomorrow', 'tonight', 'so', 'then', 'now', 'yet', 'still', 'both', 'either', 'neither',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'earlier', 'later', 'once',
  'other', 'others', 'another', 'such', 'only', 'even', 'just', 'more', 'less', 'several', 'few', 'about',
  'over', 'under', 'above', 'below', 'into', 'through', 'across', 'against', 'between', 'without', 'within',
  'photo', 'credit', 'file', 'image', 'video', 'watch', 'read', 'share', 'follow', 'click', 'see', 'also',
  'related', 'advertisement', 'updated', 'published', 'edited', 'listen', 'key', 'points', 'profile',
  'timeline', 'square', 'street', 'avenue', 'road', 'river', 'sea', 'ocean', 'gulf', 'bay', 'island', 'islands',
  'mountain', 'mountains', 'valley', 'region', 'province', 'state', 'city', 'town', 'village', 'district',
  'county', 'plant', 'station', 'camp', 'airport', 'port', 'bridge', 'gap', 'route', 'border', 'strip', 'bank',
  'coast', 'desert', 'lake', 'hills', 'park', 'palace', 'tower', 'building', 'prison', 'jail',
  'hospital', 'school', 'church', 'mosque', 'cathedral', 'temple', 'museum', 'stadium', 'hotel', 'square',
  'pipeline', 'factory', 'highway', 'oblast', 'oblasts', 'covid', 'covid-19', 'internet', 'god', 'allah',
  'christmas', 'easter', 'ramadan', 'eid', 'amendment', 'constitution', 'charter', 'act', 'law', 'bill',
  'treaty', 'accord', 'agreement', 'resolution', 'plan', 'report', 'census', 'index', 'cup', 'games',
  'olympics', 'championship', 'prize', 'award', 'summit', 'conference', 'forum', 'initiative', 'programme',
  'program', 'project', 'fund', 'news', 'brief', 'interview', 'lens', 'website', 'facebook', 'twitter',
  'instagram', 'whatsapp', 'telegram', 'youtube', 'tiktok', 'google', 'email', 'print', 'save', 'copy',
  'mediterranean', 'atlantic', 'pacific', 'arctic', 'sahel', 'balkans', 'caucasus', 'middle', 'far', 'great',
  'upper', 'lower', 'greater', 'little', 'san', 'santa', 'saint', 'los', 'las', 'rio', 'mount', 'lake', 'cape',
  'fort', 'port', 'new', 'kyiv', 'moscow', 'london', 'paris', 'berlin', 'brussels', 'geneva', 'washington',
  'beijing', 'tokyo', 'delhi', 'jerusalem', 'gaza', 'damascus', 'baghdad', 'tehran', 'kabul', 'cairo',
  'nairobi', 'york', 'dhabi', 'dubai', 'doha', 'riyadh', 'ankara', 'istanbul', 'rome', 'madrid', 'vienna',
  'warsaw', 'minsk', 'tripoli', 'khartoum', 'brasilia', 'janeiro', 'paulo', 'stockholm', 'oslo', 'helsinki',
  'copenhagen', 'amsterdam', 'hague', 'lisbon', 'athens', 'budapest', 'prague', 'bucharest', 'sofia', 'belgrade',
  'zagreb', 'odesa', 'odessa', 'kharkiv', 'dnipro', 'lviv', 'zaporizhzhia', 'bucha', 'irpin', 'crimea',
  'donbas', 'donetsk', 'luhansk', 'kherson', 'mariupol', 'homs', 'aleppo', 'idlib', 'mosul', 'beirut', 'amman',
  'ramallah', 'sanaa', 'aden', 'mogadishu', 'addis', 'ababa', 'lagos', 'abuja', 'accra', 'dakar', 'johannesburg',
  'sydney', 'melbourne', 'toronto', 'ottawa', 'chicago', 'angeles', 'francisco', 'mumbai', 'karachi', 'islamabad',
  'lahore', 'dhaka', 'jakarta', 'manila', 'bangkok', 'hanoi', 'seoul', 'pyongyang', 'taipei', 'singapore',
  'hong', 'kong', 'shanghai', 'mexico', 'bogota', 'lima', 'santiago', 'buenos', 'aires', 'caracas', 'havana',
  'africa', 'asia', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'latin', 'caribbean',
  'internationally', 'nationally', 'politics', 'business', 'sport', 'sports', 'opinion', 'analysis', 'live',
  'member', 'members', 'states', 'nations', 'breaking', 'latest', 'headlines', 'home', 'menu', 'search', 'sign', 'login', 'subscribe', 'newsletter',
])

/** Pronouns that may stand for a speaker, by the kind of entity they stand for. */
export const PERSON_PRONOUNS = new Set(['he', 'she'])
export const ORG_PRONOUNS = new Set(['it', 'they'])

/**
 * Common given names across cultures (and, for cultures that write the family name first, the commonest
 * family names): a capitalised run that opens with one of these is a person without further evidence.
 * General knowledge; names that are also everyday words or places ("May", "Grant", "Virginia") are left out.
 */
export const GIVEN_NAMES = new Set(`aaron abby abigail adam adrian adriana agnes aidan aiden alan alana albert alberta alec alex alexa alexander alexandra
alexandria alexis alfred alice alicia alison allan allen allison alma alvin amanda amelia amy andrea andrew andy
angela angelica angie anita ann anna anne annette annie anthony antonio archie arlene arnold arthur ashley audrey
austin barbara barry becky ben benjamin bernard bernie beth betsy betty beverly bill billy blake bob bobby bonnie brad
bradley brandon brenda brent brett brian brianna bridget britney brittany brooke bruce bryan caleb calvin cameron carl
carla carlos carmen carol caroline carolyn carrie casey catherine cathy charlene charles charlie charlotte chelsea cheryl
chloe chris christian christina christine christopher chuck cindy claire clara clarence claudia clayton clifford clint
clinton cody colin colleen connie connor craig crystal curtis cynthia dale dan dana daniel danielle danny darlene darren
dave david dean deanna debbie deborah debra denise dennis derek derrick diana diane dianne dick don donald donna
doris dorothy doug douglas duane dustin dwayne dylan earl ed eddie edgar edith edna edward edwin eileen elaine eleanor
elena eli elijah elise elizabeth ella ellen elliot elliott ellie elsie emily emma eric erica erik erin ernest esther ethan
eugene eva evan evelyn felicia florence floyd frances francis frank franklin fred freddie frederick gabriel gabriella
gail gary gavin gene geoffrey george gerald geraldine gilbert gina gladys glen glenn gloria gordon grace graham greg
gregory gwen hailey haley hannah harold harriet harry harvey hazel heather heidi helen henry herbert howard hugh hunter
ian irene isaac isabel isabella jack jackie jacob jacqueline jake james jamie jan jane janet janice jared jasmine jason
jay jean jeanne jeff jeffrey jen jenna jennifer jenny jeremy jerome jerry jesse jessica jessie jill jim jimmy jo joan
joann joanne joe joel joey john johnny jon jonathan jordan joseph josephine josh joshua joyce juan judith judy julia
julian julie justin karen karl kate katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kenny kerry kevin
kim kimberly kirk kristen kristin kristina kristy kurt kyle lance larry laura lauren laurie lawrence leah lee leo leon
leonard leroy leslie lester lewis lillian lily linda lindsay lindsey lisa liz lloyd logan lois lori lorraine louis
louise lucas lucy luke lydia lynn mabel madeline madison malcolm mandy marcia marcus margaret maria marian marie marilyn
mario marion marjorie mark marsha marshall martha martin marvin mary mason matt matthew maureen max megan melanie
melissa melvin meredith michael micheal michele michelle mick mike mildred milton miranda mitch mitchell molly monica
morgan nancy naomi natalie nathan nathaniel neil nelson nicholas nick nicole nina noah noel norma norman olive oliver
olivia oscar owen pam pamela patricia patrick patty paul paula pauline peggy penny perry pete peter phil philip philipp phillip
phyllis rachel ralph randall randy ray raymond rebecca regina reginald rex rhonda ricardo richard rick ricky rita rob
robert roberta robin rodney roger ron ronald ronnie rosa rosemary ross roy ruby russell ruth ryan sabrina sadie sally
sam samantha samuel sandra sara sarah scott sean seth shane shannon sharon shawn sheila shelby shelley sheri sherry
shirley sidney simon sophia sophie stacey stacy stanley stella stephanie stephen steve steven stuart sue susan suzanne
sylvia tamara tammy tanya tara ted teresa terrence terri terry thelma theodore theresa thomas tim timothy tina toby todd
tom tommy toni tony tonya tracey tracy travis trevor troy tyler valerie vanessa vera vernon veronica vicki vickie
victor victoria vincent virgil wade wallace walter wanda warren wayne wendy wesley whitney willard william willie
wilma winston yolanda yvonne zachary zoe zach
abe sajid pat robby gaston renzo eugenio eugênio tova merav evel alastair alistair angus archibald barnaby basil bertie cedric clive cormac declan dermot desmond eamon eamonn
fergus fiona gareth gemma hamish iain imogen isla jemima jeremiah keir kieran liam lorna mhairi niall nigel
nicola oisin pippa rhys rory seamus sinead siobhan tristan
aldo alejandra alejandro alessandro alessia alfonso alfredo alvaro amparo ana andres andrés angel ángel antonia
armando arturo beatriz benito bernardo camila carolina catalina cesar césar claudio consuelo cristina cristian cristiano
daniela diego dolores eduardo elisa emilio enrique esteban federico felipe fernanda fernando francesca francesco
francisco gabriela gerardo giacomo gianluca gilberto giorgio giovanni giulia giuseppe guadalupe guillermo gustavo hector
héctor hernan hernán horacio hugo ignacio inés ines isabela jaime javier jesús joaquin joaquín jorge josé jose josefina
juana julio leonardo lorena lorenzo luca luciana luciano lucia lucía luis luisa luiz manuel marcelo marco marcos
margarita mariana mariano marina marta martina mateo matteo mauricio maurizio miguel nicolás nicolas octavio
orlando pablo paola paolo patricio pedro pilar rafael rafaela ramón ramon raúl raul renata roberto rodrigo rosario
salvador santiago sebastián sebastian sergio silvia simone sofia sofía stefano tomás tomas valentina valeria vicente
alessandra antonella benedetta carlo chiara davide elisabetta emanuele enrico fabio fabrizio filippo gianni
giorgia ilaria lorenza marcello massimo matilde piero pietro riccardo salvatore silvio umberto
valentino vittorio
adriano alexandre antônio augusto caio cauã clarice diogo edson eliane fabiana flávio flavio gilmar gisele heloísa
joão joao juliana júlio leandro lúcia luana marcio márcio marília paulo priscila raimundo reinaldo renato rogério
rogerio sérgio tatiana thiago tiago vinícius vinicius wagner
adèle alain amélie anaïs antoine arnaud aurélie baptiste benoît benoit bernadette brigitte camille céline celine
christophe claude clément colette delphine denis didier dominique édouard elodie emmanuel emmanuelle étienne etienne
fabien fabrice florian françois francois françoise frédéric frederic gaël gaspard geneviève gérard gerard ghislaine
guillaume hélène henri hervé isabelle jacques jean-claude jean-luc jean-marc jean-marie jean-paul jean-pierre
jérôme joëlle julien laurent léa léon lucien manon marc marcel margaux marine mathieu matthieu maxime michel nathalie
noémie océane olivier pascal philippe pierre raphaël rémi rené sandrine sébastien ségolène solène stéphane stephane
sylvain sylvie thibaut thierry valérie xavier yann yannick yves
andreas anja annika axel bastian bernd birgit britta dieter dirk elke friedrich gerhard gisela günter
gunter hannelore hans heike heinz helmut horst ingrid jens joachim johann johannes jörg jürgen jurgen karin katja
klaus lars lukas manfred markus matthias monika norbert olaf rainer ralf sabine stefan steffen sven thorsten
ulrich ulrike ursula uwe volker werner wolfgang
anders astrid birgitta bjorn björn gustav henrik johan kari kristian kristinn magnus
mats mette nils ola olof pekka per sanna sigrid sten stig sune tove ulf
bart bas geert hendrik jaap joost koen maarten mathijs pieter ruud sander wim willem
aleksandr aleksandra aleksei alexei alexey alla anastasia anatoly andrei andrey andriy anton arkady artem artyom bogdan
boris daria darya dmitri dmitriy dmitry dmytro ekaterina evgeny fyodor galina gennady grigory igor ilya
irina ivan kateryna katerina kirill konstantin ksenia larisa leonid lyudmila maksim maxim mikhail mykhailo
mykola mikola natalia natalya nikita nikolai oksana oleg oleksandr oleksii oleksiy olena olga pavel pavlo petro petr
roman ruslan sergei sergey serhiy serhii stanislav svetlana taras tetiana valentin valentyn valery vasily
vasyl viktor viktoria vitaly vitali vladimir vladislav volodymyr vyacheslav yaroslav yekaterina yelena yevgenia
yevgeny yevhen yulia yuliia yuri yury zinaida ales alena alexandr
agnieszka andrzej bartosz beata dariusz ewa grzegorz jacek jakub janusz jarosław jaroslaw joanna józef jozef
katarzyna krzysztof łukasz lukasz magdalena małgorzata marek mariusz mateusz michał michal paweł pawel piotr
radosław radoslaw stanisław tadeusz tomasz wojciech zbigniew
aleksandar branko dragan dušan dusan goran ivana ivo jelena josip marija marko milan milica miloš milos miroslav
nenad nikola pavle predrag radovan ratko slobodan snežana tomislav vesna vojislav zoran željko zeljko
adnan ahmad ahmed ali amina amir amira anwar ashraf ayman aziz bashar bassam fadi farah farid fatima fatma faisal
hamad hamid hana hani hassan hussein husain ibrahim imran ismail jamal karim khaled khalid khalil laila layla leila
mahmoud mahmud majid malik marwan mohamed mohammad mohammed muhammad mustafa mostafa nabil nadia naji nasser
nour nur omar osama qasim rami rania rashid riyad saad saeb salah saleh salim salma sami samir samira
sharif tariq walid yasser yasmin yousef youssef yusuf zahra zaid zainab zayed abdel abdul abdullah abdallah abdulla
bilal hamza hisham jawad kamal mansour mohsen mousa musa nawaf rashad riad tarek tamer wael ziad zeinab
muammar saif gamal hosni bandar turki mishaal
reza hossein hosein javad mehdi narges nasrin parisa shirin abbas ebrahim masoud
ahmet ayşe ayse burak cem elif emine emre fatih hakan hüseyin huseyin kemal mehmet murat recep
selin serkan tayyip zeynep ekrem binali
aamir abhishek aditya ajay akash amit anand anil anjali arjun arun arvind ashok deepak dev gaurav harish
jaya kiran krishna kumar lakshmi mahesh manish manoj meena mohan mukesh narendra naveen nitin pankaj pooja prakash
priya rahul raj rajesh rajiv rakesh ram ramesh ravi rohit sachin sanjay sanjiv sandeep sanjeev sarita shashi shiv
shreya sonia sunil sunita suresh swati uma usha vijay vikram vinod vivek yogesh amitabh asim aseem nawaz shehbaz
bilawal benazir zulfikar hasina khaleda rabindranath
aung suu kyi thein min
abdoulaye abiy adama aliko amadou babajide bola bukola chidi chinedu chioma chukwu emeka funke goodluck ifeoma kofi
kwame kwesi muhammadu nana ngozi nnamdi obi olu oluwaseun olusegun oumar ousmane seun tunde uche yemi
yoweri jomo uhuru raila cyril thabo winnie kgalema julius jakaya samia hage
felix félix moussa mamadou macky alpha ibrahima issa idriss faustin salva riek abdalla
chen cheng zhang wang li liu yang huang zhao wu zhou xu zhu hu guo lin gao luo zheng liang xie han
feng deng cao peng zeng xiao tian yuan cai jiang yu wei xi
park choi jung jeong kang cho yoon jang lim seo shin kwon hwang ahn yoo jeon
bae baek heo nam sim noh kwak sung joo ryu jin
satoshi hiroshi takeshi kenji yuki yoshihide shinzo fumio taro hiro kenichi akira haruki yoko yumi kazuo shigeru
nguyen tran pham hoang huynh phan vo dang bui ngo duong
ariel avi avraham benny ehud gideon itamar meir moshe naftali noa rivka shimon tzipi
yair yitzhak yossi yuval ze'ev ofer amos
abner adele adrienne aileen alaina alanna alberto alfie alina alisha alissa allie alyssa amani amari anderson
andre angelina angelo annabel annabelle antwan archer ari aria ariana arianna arlo armani arnie
ashton aubrey audra avery bailey barack barney baxter beatrice beau bert beto bianca
blaine bobbie bonita boyd braden bradford brady brandi brandt brendan brennan brock broderick brody
bronson bryce bryson bud buddy burt byron caitlin caitlyn callum candace candice carmelo
carson carter cassandra cassidy cecil cecilia celeste chad chadwick chandler chauncey
chester chet chrissy christa christie christy ciara clarissa claudette clay cleo clyde cole colby collin
colt colton conor conrad cooper corbin corey cori cornelius cory courtney coy cristal cruz curt cyrus daisy
damian damien damon dan'l dane dangelo darby darcy darian dario darius darnell darryl daryl
dashawn davante davis dawson dayton deandre deb deion delaney delbert della delores demarcus demar demetrius
demi denny denzel deon derick deshawn desiree devante devin devon dewayne dexter dianna dino dion
dolly dominic donnell donovan dora dorian drake drew duncan dusty dwight eddy edmund efrain
eliza ellis elmer eloise elon elton elvis emerson emmett enzo ernie errol esperanza estelle ethel etta
evangeline everett ezekiel ezra fabian faye felicity fletcher flora forrest frankie freda
freddy gabe gabrielle garrett garth gayle genevieve georgina gerry gia gil ginger giovanna
glenda gracie grady greer greta gretchen griffin gus gwendolyn hal hank harlan harley harper harrison hattie hayden
heath helena herman hilary hillary holden hollis homer horace hubert humberto ida
ike ira isaiah isiah ivy jace jaden jaiden jalen jameson jamison jana janelle janine jaquan
jarrett jarvis jaxon jayden jaylen jayson jeanette jeanine jeannie jed jefferson jenifer jerald jermaine
jerrod jess jett jimmie jodi jodie joelle johanna johnnie jolene jonas jonah josiah jovan judd jude
julianne justine kacey kaden kai kaitlyn kamala kara kareem karina kasey katelyn katharine
katrina kayla kaylee keegan keenan kelsey kelvin kendall kendra kermit kerri keven kiara kimberley
kirsten kobe kody kristi kristine kristopher kylie lacey lamar lana landon lara larissa latisha latoya
laurel laverne lawson lebron leigh len lena lenny leonel les leticia letitia lila lilly
lionel liza lola lonnie lora loren loretta lou louie luann lucille lucinda luella luther lyle lynda lynne
mack mackenzie macy mae maggie malachi mamie marcella marcy margo marguerite mariah marianne maribel
marisa marissa marla marlene marlon marquis marty maryann mathew mattie maude maurice maverick maxine maxwell mckenzie
mel melody mercedes merle mia micah mickey mikayla miles millie milo mindy miriam misty mona monte
monty moses myles myra myron nadine nash nate neal ned nell nellie nettie nia nicky nikki nolan nora oakley odell
odessa ollie ophelia orville otis ozzie paige patsy patti peyton philippa piper preston
priscilla quentin quincy quinn rae raheem ramona randolph raquel reba reed reese reggie reid
rene reuben rey rhett rhiannon richie rickey riley robyn rocco rochelle rocky rod rodger rolando
rollo ronda ronny rosalind rosalie rosanna roscoe rosemarie rosie rowan roxanne royce rudolph rudy rufus rupert
russ rusty sal sallie sammy sandy santana sasha saul sawyer schuyler serena shaun shawna
shaquille shaq sheldon shelly sherman sheryl shonda sid silas skylar sloane sonny spencer stacie
stan stephon sterling stevie stewart susanna tabitha tad talia tamika tammie tanner tasha
tatum taylor teddy tess tessa thad thurman tia tiffany tobias tori tre trent trey tricia
trudy tucker ty tyrell tyrese tyrone tyson ulysses val vance vaughn velma vince viola violet
vivian webster wendell wes weston wilbur wiley winifred woody wyatt xander yasmine
yvette zane zelda zion zoey
aleksander artturi boone evgenii evgeniy joonas juha jukka jussi kimi lauri mika mikko niklas
nikolaj nino oskar otto patrik petteri teemu tuukka valtteri ville
bautista benicio camilo cristobal dani emiliano facundo gael germán german guido iker
jordi maximo máximo nacho novak pau rafa sergi xavi yoshihito kei daniil vasek grigor
venus coco iga aryna ons petra simona elina karolina garbine
aisha amaka chiamaka chinonso chukwuemeka ifeanyi ikechukwu kelechi nkechi obinna oluwatobi segun tolu
wole yakubu atiku nasir nuhu aminu sani usman umar
kyung hye jae seung hyun ji yong dong-hyun jin-woo yeon
shinji takashi koji yuko akiko masami fumihiko junichi kazuki hideki ichiro shohei
jinping keqiang xiaoping zedong
`.trim().split(/\s+/))

/** Party and affiliation labels written before a name; they are roles, not part of it ("Republican Phil Bryant"). */
export const AFFILIATION_WORDS = new Set([
  'republican', 'democrat', 'democratic', 'conservative', 'liberal', 'labour', 'labor', 'tory', 'socialist',
  'communist', 'gop', 'libertarian', 'progressive', 'centrist', 'nationalist', 'populist', 'unionist',
  'republicans', 'democrats', 'conservatives', 'liberals', 'tories', 'socialists', 'communists',
])

/**
 * Capitalised words that end product, event, venue and group names, never a person's name
 * ("Auto Show", "Space Vizzion Concept", "Kentucky Democrats", "Magic Box").
 */
export const NOT_SURNAME_WORDS = new Set([
  'studies',
  'democrats', 'republicans', 'conservatives', 'liberals', 'tories', 'socialists', 'communists', 'independents',
  'show', 'shows', 'concept', 'endorsement', 'insider', 'magic', 'box', 'series', 'edition', 'collection', 'tour',
  'awards', 'award', 'festival', 'theater', 'theatre', 'pavilion', 'arena', 'amphitheatre', 'amphitheater', 'stage',
  'design', 'research', 'reports', 'report', 'guide', 'card', 'pro', 'max', 'mini', 'ultra', 'lite', 'plus',
  'bundle', 'case', 'salad', 'containers', 'telescope', 'studios', 'studio', 'productions', 'entertainment',
  'channel', 'media', 'gaming', 'system', 'systems', 'sensor', 'keyboard', 'keyboards', 'controller', 'laptop',
  'phone', 'watch', 'edition', 'version', 'model', 'models', 'league', 'cup', 'open', 'championship', 'championships',
  'tournament', 'games', 'grand', 'prix', 'race', 'rally', 'marathon', 'derby', 'classic', 'bowl', 'playoffs',
  'draft', 'season', 'day', 'week', 'weekend', 'night', 'nights', 'era', 'age', 'act', 'law', 'bill', 'plan',
  'deal', 'agreement', 'index', 'average', 'market', 'markets', 'exchange', 'street', 'avenue', 'road', 'drive',
  'lane', 'boulevard', 'place', 'square', 'park', 'center', 'centre', 'tower', 'bridge', 'station',
  'airport', 'beach', 'falls', 'springs', 'hills', 'heights', 'valley', 'lake', 'river', 'island', 'county',
  'city', 'village', 'town', 'province', 'state', 'states', 'republic', 'kingdom', 'empire', 'dynasty', 'war',
  'wars', 'revolution', 'crisis', 'affair', 'scandal', 'trial', 'verdict', 'ruling', 'order', 'sentence',
  'death', 'dead', 'shot', 'crash', 'fire', 'storm', 'hurricane', 'flood', 'earthquake', 'vote', 'election',
  'elections', 'primary', 'primaries', 'caucus', 'campaign', 'poll', 'polls', 'survey', 'study', 'journal',
  'magazine', 'podcast', 'album', 'song', 'songs', 'film', 'movie', 'book', 'novel', 'app', 'apps', 'platform',
  'service', 'services', 'network', 'store', 'shop', 'brand', 'brands', 'label', 'line', 'range', 'fleet',
  'engine', 'motor', 'motors', 'car', 'cars', 'truck', 'trucks', 'suv', 'sedan', 'coupe', 'hatchback', 'bike',
  'seats', 'seat', 'wheel', 'wheels', 'lights', 'light', 'screen', 'display', 'camera', 'battery', 'chip',
  'chips', 'processor', 'drive', 'console', 'headset', 'speaker', 'speakers', 'earphones', 'headphones', 'buds',
  'pods', 'tablet', 'monitor', 'router', 'printer', 'kit', 'set', 'pack', 'package', 'program', 'programme',
  'project', 'initiative', 'mission', 'rover', 'lander', 'satellite', 'rocket', 'spacecraft', 'probe',
  'vaccine', 'virus', 'disease', 'syndrome', 'cancer', 'abuse', 'control', 'prevention', 'safety', 'security',
  'health', 'care', 'insurance', 'fund', 'funds', 'bank', 'trust', 'capital', 'equities', 'securities', 'bonds',
  'stock', 'stocks', 'shares', 'prices', 'sales', 'money', 'eats', 'music', 'unlimited', 'prime', 'plus',
  'fans', 'team', 'teams', 'club', 'squad', 'brothers', 'sisters', 'boys', 'girls', 'band', 'dolls', 'stars',
  'giants', 'kings', 'warriors', 'lakers', 'rangers', 'united', 'city', 'rovers', 'wanderers', 'athletic',
  'wild', 'browns', 'steelers', 'patriots', 'cowboys', 'eagles', 'bears', 'packers', 'lions', 'tigers',
  'arrivals', 'people', 'habits', 'things', 'songs', 'generation', 'foundation', 'association', 'institute',
  'chili', 'cooker', 'zoodles', 'recipes', 'recipe', 'restraining', 'extended', 'found', 'identify', 'stadium',
  'gesetz', 'daten', 'dokumente', 'universe', 'galaxy', 'system', 'planet', 'moon', 'sun', 'earth', 'mars',
  'shelter', 'suites', 'suite', 'robotics', 'aerospace', 'dynamics', 'therapeutics', 'solutions', 'ventures', 'final',
  'finals', 'medal', 'connect', 'hospital', 'clinic', 'records', 'labs', 'works', 'partners', 'holdings',
])

/** Capitalised words that open a sentence or headline and are never a first name ("Getting Disney", "Thanks Junior"). */
export const NOT_FIRST_NAME_WORDS = new Set([
  'getting', 'hosting', 'regarding', 'questioning', 'because', 'welcome', 'thanks', 'thank', 'dear', 'contact',
  'meet', 'ask', 'asked', 'watch', 'listen', 'including', 'featuring', 'starring', 'via', 'per', 'like', 'unlike',
  'formerly', 'enter', 'congratulations', 'sorry', 'hey', 'hello', 'hi', 'goodbye', 'bye', 'yes', 'okay', 'ok',
  'please', 'sure', 'well', 'whether', 'unless', 'whenever', 'wherever', 'whatever', 'whoever', 'instead',
  'indeed', 'perhaps', 'maybe', 'surely', 'clearly', 'obviously', 'apparently', 'ultimately', 'finally',
  'eventually', 'currently', 'recently', 'previously', 'initially', 'overall', 'otherwise', 'therefore', 'thus',
  'hence', 'nonetheless', 'nevertheless', 'besides', 'plus', 'minus', 'versus', 'vs', 'ex', 'pre', 'post', 'non',
  'anti', 'pro', 'top', 'big', 'best', 'worst', 'good', 'bad', 'great', 'free', 'buy', 'get', 'make', 'take',
  'let', 'try', 'use', 'shop', 'save', 'join', 'sign', 'support', 'donate', 'visit', 'check', 'find', 'learn',
])

/** Lower-case role words that, capitalised before a full name, are its role ("Superintendent Jennifer McCormick"). */
export const ROLE_PREFIX_WORDS = new Set([
  'veteran', 'employee', 'superintendent', 'administrator', 'manager', 'ombudsman', 'singer', 'singer-songwriter',
  'singer-guitarist', 'singer-guitarists', 'guitarist', 'drummer', 'rapper', 'rookie',
  'quarterback', 'receiver', 'linebacker', 'striker', 'midfielder', 'goalkeeper', 'winger', 'pitcher', 'catcher',
  'shortstop', 'outfielder', 'infielder', 'host', 'anchor', 'actor', 'actress', 'producer', 'writer', 'author',
  'novelist', 'poet', 'comedian', 'chef', 'designer', 'architect', 'photographer', 'entrepreneur', 'billionaire',
  'investor', 'businessman', 'businesswoman', 'tycoon', 'mogul', 'magnate', 'heiress', 'socialite', 'influencer',
  'youtuber', 'blogger', 'pastor', 'preacher', 'priest', 'nun', 'monk', 'doctor', 'nurse', 'surgeon', 'scientist',
  'researcher', 'astronaut', 'pilot', 'soldier', 'private', 'corporal', 'agent', 'trooper', 'coach', 'skipper',
  'umpire', 'referee', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'councillor', 'councilor',
  'alderman', 'assemblyman', 'assemblywoman', 'delegate', 'lawmaker', 'legislator', 'candidate', 'nominee',
  'incumbent', 'challenger', 'hopeful', 'frontrunner', 'front-runner', 'rival', 'opponent', 'ally', 'aide',
  'strategist', 'pollster', 'defendant', 'plaintiff', 'witness', 'victim', 'suspect', 'inmate', 'prisoner',
  'detainee', 'cardinal', 'ceo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'owner', 'boss', 'chief',
  'insider', 'columnist', 'commentator', 'analyst', 'reporter', 'correspondent',
])

/**
 * Given names that are (almost always) women's, across cultures: with GIVEN_NAMES they tell the gender of a
 * person for resolving "she said". General knowledge; names borne by both sexes go in UNISEX_GIVEN_NAMES.
 */
export const FEMALE_GIVEN_NAMES = new Set(`abby abigail adriana agnes alana alberta alexa alexandra alexandria alice alicia elise
alison allison alma amanda amelia amy angela angelica angie anita ann anna anne annette annie arlene audrey barbara
becky beth betsy betty beverly bonnie brenda brianna bridget britney brittany brooke carla carmen carol caroline
carolyn carrie catherine cathy charlene charlotte chelsea cheryl chloe christina christine cindy claire clara claudia
colleen connie crystal cynthia danielle darlene deanna debbie deborah debra denise diana diane dianne donna doris
dorothy edith edna eileen elaine eleanor elena elizabeth ella ellen ellie elsie emily emma erica erin esther eva
evelyn felicia florence frances gabriella gail geraldine gina gladys gloria grace gwen hailey haley hannah harriet
hazel heather heidi helen irene isabel isabella jacqueline jane janet janice jasmine jeanne jen jenna jennifer jenny
jill joan joann joanne josephine joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie
kimberly kristen kristin kristina kristy laura lauren laurie leah lillian lily linda lindsay lindsey lisa liz lois
lori lorraine louise lucy lydia mabel madeline madison mandy marcia margaret maria marian marie marilyn marjorie
marsha martha mary maureen megan melanie melissa meredith michele michelle mildred miranda molly monica nancy naomi
natalie nicole nina norma olive olivia pam pamela patricia patty paula pauline peggy penny phyllis rachel rebecca
regina rhonda rita roberta rosa rosemary ruby ruth sabrina sadie sally samantha sandra sara sarah sheila shelley
sheri sherry shirley sophia sophie stacey stacy stella stephanie sue susan suzanne sylvia tamara tammy tanya tara
teresa terri thelma theresa tina toni tonya tracey valerie vanessa vera veronica vicki vickie victoria wanda wendy
whitney wilma yolanda yvonne zoe tova merav fiona gemma imogen isla jemima lorna mhairi pippa sinead siobhan
alejandra alessia amparo ana antonia beatriz camila carolina catalina consuelo cristina daniela dolores elisa
fernanda francesca gabriela giulia guadalupe inés ines isabela josefina juana lorena luciana lucia lucía luisa
margarita mariana marina marta martina paola pilar rafaela renata rosario silvia sofia sofía valentina valeria
alessandra antonella benedetta chiara elisabetta giorgia ilaria lorenza matilde clarice eliane fabiana gisele
heloísa juliana lúcia luana marília priscila tatiana adèle amélie anaïs aurélie bernadette brigitte céline celine
colette delphine elodie emmanuelle françoise geneviève ghislaine hélène isabelle joëlle léa manon margaux marine
nathalie noémie océane sandrine ségolène solène sylvie valérie anja annika birgit britta elke gisela hannelore
heike ingrid karin katja monika sabine ulrike ursula astrid birgitta mette sanna sigrid tove aleksandra alla
anastasia daria darya ekaterina galina irina kateryna katerina ksenia larisa lyudmila natalia natalya oksana olena
olga svetlana tetiana viktoria yekaterina yelena yevgenia yulia yuliia zinaida alena agnieszka beata ewa joanna
katarzyna magdalena małgorzata ivana jelena marija milica snežana vesna amina amira fatima fatma hana laila layla
leila nadia nour rania salma samira yasmin zahra zainab zeinab narges nasrin parisa shirin ayşe ayse elif emine
selin zeynep anjali jaya lakshmi meena pooja priya sarita shreya sonia sunita swati uma usha benazir hasina khaleda
bola bukola chioma funke ifeoma ngozi winnie samia noa rivka tzipi yoko yumi yuko akiko adele adrienne aileen alaina
alanna alina alisha alissa allie alyssa angelina annabel annabelle aria ariana arianna audra beatrice bianca bonita
brandi caitlin caitlyn candace candice cassandra cecilia celeste chrissy christa christie christy ciara clarissa
claudette cleo daisy deb della delores desiree dianna dolly dora eliza eloise esperanza estelle ethel etta
evangeline faye felicity flora freda gabrielle gayle genevieve georgina gia ginger giovanna glenda gracie greta
gretchen gwendolyn hattie helena hilary hillary ida ivy jana janelle janine jeanette jeanine jeannie jodi jodie
joelle johanna jolene julianne justine kaitlyn kamala kara karina katelyn katharine katrina kayla kaylee kelsey
kendra kerri kiara kimberley kirsten kristi kristine kylie lacey lana lara larissa latisha latoya laurel laverne
leigh lena leticia letitia lila lilly liza lola lora loretta luann lucille lucinda luella lynda lynne mackenzie macy
mae maggie mamie marcella marcy margo marguerite mariah marianne maribel marisa marissa marla marlene maryann mattie
maude maxine melody mercedes mia mikayla millie mindy miriam misty mona myra nadine nell nellie nettie nia nikki nora
odessa ophelia paige patsy patti philippa piper priscilla rae ramona raquel reba rhiannon robyn rochelle ronda
rosalind rosalie rosanna rosemarie rosie roxanne sallie serena shawna sheryl shonda stacie susanna tabitha talia
tamika tammie tasha tess tessa tia tiffany tori tricia trudy velma viola violet vivian winifred yasmine yvette
zelda zoey petra simona elina karolina garbine aisha amaka chiamaka nkechi venus coco iga aryna ons hye
oleksandra maryna halyna hanna inna liudmyla nataliya olha svitlana tetyana valentyna yana yuliya ludmila
marina nadezhda tatyana vera veronika zoya jacinda theresa angela liz kristalina ngozi michelle mia ursula kaja
giorgia marine ségolène roberta nancy kamala hillary condoleezza madeleine samantha nikki
aminata fatou mariam maryam aicha khadija hadiza halima asma soraya nasima rukhsana malala mariya nargis shabnam
`.trim().split(/\s+/))

/** Given names borne by men and women alike: no gender from the name. */
export const UNISEX_GIVEN_NAMES = new Set(`alex alexis andrea ashley avery bailey billie bobbie cameron casey charlie chris dale dana
dominique drew frankie harley harper jackie jamie jan jean jesse jessie jo jordan kay kelly kendall kerry kim kiran
lee leslie lynn morgan pat peyton quinn reese riley robin rowan sam sandy sasha shannon shelby sidney skylar stevie
taylor terry tracy yuki hiro ji jin jae kyung seung hyun yong min sung nur claude camille simone nicola rene rené
ariel noel nana kai tatum sloane shelly sal val toby mika kari rae mel gerry les
`.trim().split(/\s+/))

/** Words of GIVEN_NAMES that are family names written first (Chinese, Korean, Vietnamese): no gender from them. */
export const FAMILY_FIRST_NAMES = new Set(`chen cheng zhang wang li liu yang huang zhao wu zhou xu zhu hu guo lin gao luo zheng liang
xie han feng deng cao peng zeng xiao tian yuan cai jiang yu wei xi park choi jung jeong kang cho yoon jang lim seo shin
kwon hwang ahn yoo jeon bae baek heo nam sim noh kwak joo ryu nguyen tran pham hoang huynh phan vo dang bui ngo duong
aung thein
`.trim().split(/\s+/))

/** Men's given names ending in "a", an exception to the rule that an unlisted name in "-a" is a woman's. */
export const MALE_A_NAMES = new Set(`mustafa mostafa hamza osama usama musa mousa isa issa yahya taha zakaria zakariya khalifa
huzaifa luka luca nikita nikola kosta joshua ezra jonah elijah noah micah sasha misha andrea attila krishna rama
shiva surya aditya akira jomo juba abdalla abdulla moussa mussa ishaya danjuma
`.trim().split(/\s+/))

/** Role and kinship words that tell a person's gender ("spokeswoman Jane Doe", "his wife, Jane"). */
export const FEMALE_ROLE_WORDS = new Set([
  'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'actress',
  'mother', 'wife', 'daughter', 'sister', 'grandmother', 'widow', 'woman', 'girl', 'queen', 'princess', 'duchess',
  'empress', 'heiress', 'nun', 'policewoman', 'sportswoman', 'anchorwoman', 'aunt', 'niece', 'girlfriend',
  'first lady', 'mrs', 'ms', 'miss', 'madam', 'madame', 'dame', 'lady', 'stateswoman', 'servicewoman', 'countess',
])
export const MALE_ROLE_WORDS = new Set([
  'spokesman', 'businessman', 'congressman', 'councilman', 'assemblyman', 'actor', 'father', 'husband', 'son',
  'brother', 'grandfather', 'widower', 'man', 'boy', 'king', 'prince', 'duke', 'emperor', 'monk', 'policeman',
  'sportsman', 'uncle', 'nephew', 'boyfriend', 'mr', 'sir', 'lord', 'statesman', 'serviceman', 'count', 'sheikh',
])
