// Longer than 450 lines: the headings and questions of every preset step in both languages, one
// table that is read and reviewed as a whole (its only logic is the lookup at the top).
import type { Method } from './methods';

/** One heading of a step document and the question its paragraph answers. */
export interface Section {
  en: [heading: string, question: string];
  fr: [heading: string, question: string];
}

/** The headings of a step document of `method`, each with the question its paragraph answers. */
export function sectionsFor(method: Method, stepId: string): Section[] {
  return SECTIONS[`${method.id}/${stepId}`] ?? GENERIC_SECTIONS;
}

function section(en: string, enQuestion: string, fr: string, frQuestion: string): Section {
  return { en: [en, enQuestion], fr: [fr, frQuestion] };
}

/** For custom methods, whose steps come with no guidance of their own. */
const GENERIC_SECTIONS: Section[] = [
  section(
    'What we found',
    'What did this step reveal? Give figures and sources.',
    'Ce que nous avons constaté',
    'Qu’est-ce que cette étape a mis au jour ? Donnez des chiffres et leurs sources.',
  ),
  section(
    'What we decided',
    'What does the plan commit to, and why?',
    'Ce que nous avons décidé',
    'À quoi le plan s’engage-t-il, et pourquoi ?',
  ),
  section('Next actions', 'Who does what, by when?', 'Prochaines actions', 'Qui fait quoi, et pour quand ?'),
];

/** Sections of every preset step, keyed `method/step`. */
const SECTIONS: Record<string, Section[]> = {
  'three-pillars/content-offer': [
    section(
      'Who we are',
      'Does the site say who the organisation is and what makes it different?',
      'Qui nous sommes',
      'Le site dit-il qui est l’organisation et ce qui la distingue ?',
    ),
    section(
      'Design and visual identity',
      'Does the site look professionally designed, with one consistent visual identity (logo, colours, typefaces, images) that the social profiles will share?',
      'Design et identité visuelle',
      'Le site a-t-il un design professionnel, avec une identité visuelle cohérente (logo, couleurs, typographie, images) que les profils sociaux reprendront ?',
    ),
    section(
      'Calls to action',
      'On each key page, what is the visitor invited to do next, and is it obvious?',
      'Appels à l’action',
      'Sur chaque page importante, que propose-t-on au visiteur de faire ensuite, et est-ce évident ?',
    ),
    section(
      'The offer and how people choose',
      'Is the offer organised the way customers make their decision?',
      'L’offre et la façon de choisir',
      'L’offre est-elle organisée selon la façon dont les clients prennent leur décision ?',
    ),
    section(
      'Trust and visibility',
      'Which signals reassure visitors (labels, reviews, secure payment)? Is the site found in search results?',
      'Confiance et visibilité',
      'Quels signes rassurent le visiteur (labels, avis, paiement sécurisé) ? Le site ressort-il dans les moteurs de recherche ?',
    ),
    section(
      'Loyalty and measurement',
      'What brings visitors back? Which analytics and conversions are in place?',
      'Fidélisation et mesure',
      'Qu’est-ce qui fait revenir les visiteurs ? Quels outils de mesure et quelles conversions sont en place ?',
    ),
    section(
      'What must be fixed first',
      'Which gaps must be closed before social media sends anyone here?',
      'Ce qu’il faut corriger d’abord',
      'Quelles lacunes combler avant que les réseaux n’envoient qui que ce soit vers le site ?',
    ),
  ],
  'three-pillars/social-content': [
    section(
      'Formats we will produce',
      'Blog posts, photos, videos: which formats, how often, written by whom?',
      'Formats produits',
      'Billets, photos, vidéos : quels formats, à quel rythme, écrits par qui ?',
    ),
    section(
      'Voice and stories',
      'Which stories will we tell, and in whose voice?',
      'Voix et histoires',
      'Quelles histoires raconterons-nous, et avec quelle voix ?',
    ),
    section(
      'Links to the formal offer',
      'How does each piece lead back to a page of the site where value is captured?',
      'Liens vers l’offre formelle',
      'Comment chaque contenu renvoie-t-il vers une page du site où la valeur se concrétise ?',
    ),
    section(
      'Making content portable',
      'How can people share it: unique links, feeds, share buttons?',
      'Rendre les contenus portables',
      'Comment les gens peuvent-ils le partager : liens uniques, fils, boutons de partage ?',
    ),
  ],
  'three-pillars/social-strategy': [
    section(
      'Where we will be',
      'Which spaces, and why these ones for our objectives?',
      'Où nous serons présents',
      'Quels espaces, et pourquoi ceux-là pour nos objectifs ?',
    ),
    section(
      'Who speaks',
      'Who are the spokespersons, and what may each of them say?',
      'Qui prend la parole',
      'Qui sont les porte-parole, et que peut dire chacun ?',
    ),
    section(
      'Listening tools',
      'Which tools follow the conversations, and who reads them?',
      'Outils d’écoute',
      'Quels outils suivent les conversations, et qui les lit ?',
    ),
    section(
      'When we step in',
      'In which situations do we join a conversation, and when do we stay out?',
      'Quand nous intervenons',
      'Dans quelles situations prenons-nous part à une conversation, et quand restons-nous en retrait ?',
    ),
  ],
  'five-steps/listen': [
    section(
      'What we audited',
      'Which accounts, sites, reviews and periods did we look at, ours and our competitors’?',
      'Ce que nous avons audité',
      'Quels comptes, sites, avis et périodes avons-nous examinés, chez nous et chez les concurrents ?',
    ),
    section(
      'What people say',
      'Which subjects come up, in what tone, with which words?',
      'Ce que les gens disent',
      'Quels sujets reviennent, sur quel ton, avec quels mots ?',
    ),
    section(
      'Where the conversations happen',
      'On which platforms and in which communities does our audience talk?',
      'Où se tiennent les conversations',
      'Sur quelles plateformes et dans quelles communautés notre public discute-t-il ?',
    ),
    section(
      'Opportunities and obstacles',
      'What can we build on, and what could hold us back?',
      'Occasions et obstacles',
      'Sur quoi pouvons-nous nous appuyer, et qu’est-ce qui pourrait nous freiner ?',
    ),
  ],
  'five-steps/story': [
    section(
      'Our brand DNA',
      'What is the brand at heart, in a few sentences?',
      'L’ADN de la marque',
      'Qu’est la marque au fond, en quelques phrases ?',
    ),
    section(
      'The story we tell',
      'What will we tell on social media this period?',
      'L’histoire que nous racontons',
      'Que raconterons-nous sur les réseaux pendant cette période ?',
    ),
    section(
      'The experience and the value we offer',
      'Why would people be glad to find us in their feed?',
      'L’expérience et la valeur offertes',
      'Pourquoi les gens seraient-ils contents de nous trouver dans leur fil ?',
    ),
    section(
      'Is anyone listening?',
      'Is there an audience for this story? Where did we decide not to be, and why?',
      'Quelqu’un écoute-t-il ?',
      'Ce récit a-t-il un public ? Où avons-nous décidé de ne pas aller, et pourquoi ?',
    ),
  ],
  'five-steps/measure': [
    section(
      'From business goals to objectives',
      'Which business problems does the presence address, and which objectives follow?',
      'Des enjeux d’affaires aux objectifs',
      'À quels enjeux d’affaires la présence répond-elle, et quels objectifs en découlent ?',
    ),
    section(
      'Indicators, baselines and targets',
      'For each objective: what is measured, where we start, where we must be, by when?',
      'Indicateurs, points de départ et cibles',
      'Pour chaque objectif : que mesure-t-on, d’où part-on, où doit-on arriver, pour quand ?',
    ),
    section(
      'How the numbers are collected',
      'Which tools and tags make the results readable from day one?',
      'Comment les chiffres sont recueillis',
      'Quels outils et quels marqueurs rendent les résultats lisibles dès le premier jour ?',
    ),
    section(
      'Reporting rhythm',
      'Who reports what, to whom, how often?',
      'Rythme des bilans',
      'Qui rend compte de quoi, à qui, à quelle fréquence ?',
    ),
  ],
  'five-steps/platforms': [
    section(
      'Platforms and the objectives they serve',
      'Which platforms, and which objective does each one serve?',
      'Plateformes et objectifs servis',
      'Quelles plateformes, et quel objectif chacune sert-elle ?',
    ),
    section(
      'The ecosystem',
      'How do the platforms and our own spaces feed one another?',
      'L’écosystème',
      'Comment les plateformes et nos propres espaces se nourrissent-ils les uns les autres ?',
    ),
    section(
      'Activity guidelines',
      'How fast do we answer, what do we never post, how do we behave?',
      'Règles d’activité',
      'En combien de temps répondons-nous, que ne publions-nous jamais, comment nous conduisons-nous ?',
    ),
    section(
      'Editorial line',
      'Which themes, in which proportions, in what tone?',
      'Ligne éditoriale',
      'Quels thèmes, dans quelles proportions, sur quel ton ?',
    ),
    section(
      'Publishing calendar',
      'What is posted, where, and how often?',
      'Calendrier de publication',
      'Que publie-t-on, où, et à quel rythme ?',
    ),
  ],
  'five-steps/organize': [
    section(
      'The team',
      'Who does the groundwork, who runs the community day to day, how many hours?',
      'L’équipe',
      'Qui fait le travail préparatoire, qui anime la communauté au quotidien, combien d’heures ?',
    ),
    section(
      'The dedicated person',
      'Who is responsible for the presence, and are they an employee who knows the company?',
      'La personne dédiée',
      'Qui est responsable de la présence, et est-ce un employé qui connaît l’entreprise ?',
    ),
    section(
      'Links with other departments',
      'What does each department bring, and who answers which questions?',
      'Liens avec les autres services',
      'Qu’apporte chaque service, et qui répond à quelles questions ?',
    ),
    section(
      'Communication plan and CRM',
      'How does social media fit the communication calendar and the customer records?',
      'Plan de communication et relation client',
      'Comment les réseaux s’insèrent-ils dans le calendrier de communication et le suivi des clients ?',
    ),
  ],
  'six-phases/listen': [
    section(
      'Starting statistics',
      'What are today’s figures (visits, sources, reach, conversions) that progress will be measured against?',
      'Statistiques de départ',
      'Quels sont les chiffres d’aujourd’hui (visites, provenances, portée, conversions) qui serviront de référence ?',
    ),
    section(
      'Monitoring setup',
      'Which feeds, alerts and keywords follow the brand and its field?',
      'Dispositif de veille',
      'Quels fils, alertes et mots-clés suivent la marque et son domaine ?',
    ),
    section(
      'Who reads, and how often',
      'Who watches the feeds, and what happens to what they find?',
      'Qui lit, et à quelle fréquence',
      'Qui surveille la veille, et que devient ce qui y est repéré ?',
    ),
  ],
  'six-phases/profiles': [
    section(
      'Names we reserve',
      'Which handles do we secure, on which platforms, even those we will not run yet?',
      'Noms réservés',
      'Quels identifiants protégeons-nous, sur quelles plateformes, même celles que nous n’animerons pas tout de suite ?',
    ),
    section(
      'Profile content',
      'What does each profile say: description, links, images, contact details?',
      'Contenu des profils',
      'Que dit chaque profil : description, liens, images, coordonnées ?',
    ),
    section(
      'Consistency and access',
      'Is the brand the same everywhere? Who holds the access, with what security?',
      'Cohérence et accès',
      'La marque est-elle la même partout ? Qui détient les accès, avec quelle sécurité ?',
    ),
  ],
  'six-phases/content': [
    section(
      'Guiding principle',
      'What value do we bring, beyond talking about ourselves?',
      'Principe directeur',
      'Qu’apportons-nous, au-delà de parler de nous ?',
    ),
    section(
      'Editorial line',
      'Which themes and formats, in which proportions?',
      'Ligne éditoriale',
      'Quels thèmes et quels formats, dans quelles proportions ?',
    ),
    section(
      'Comments and replies',
      'How do we answer, in what tone, within what time?',
      'Commentaires et réponses',
      'Comment répondons-nous, sur quel ton, dans quels délais ?',
    ),
    section(
      'Sharing the line with the team',
      'How and when is the editorial line shared so everyone applies it?',
      'Partager la ligne avec l’équipe',
      'Comment et quand la ligne éditoriale est-elle partagée pour que chacun l’applique ?',
    ),
  ],
  'six-phases/distribution': [
    section(
      'One piece, several formats',
      'What does each piece of content become on each platform?',
      'Un contenu, plusieurs formats',
      'Que devient chaque contenu sur chaque plateforme ?',
    ),
    section(
      'Cross-promotion',
      'How do the platforms point to one another, and to where people can act?',
      'Promotion croisée',
      'Comment les plateformes renvoient-elles les unes aux autres, et vers le lieu où l’on peut agir ?',
    ),
    section(
      'Paid promotion',
      'Which content gets paid support, with what budget and targeting?',
      'Promotion payante',
      'Quels contenus reçoivent un soutien payant, avec quel budget et quel ciblage ?',
    ),
  ],
  'six-phases/community': [
    section(
      'Who the community is',
      'Who do we want to gather, and what do they expect from us?',
      'Qui forme la communauté',
      'Qui voulons-nous rassembler, et qu’attendent-ils de nous ?',
    ),
    section(
      'Taking part elsewhere',
      'Where do we contribute beyond our own accounts?',
      'Participer ailleurs',
      'Où contribuons-nous en dehors de nos propres comptes ?',
    ),
    section(
      'Occasions that bring people together',
      'Questions, contests, events in person: what do we plan, and when?',
      'Occasions de rassembler',
      'Questions, concours, rencontres en personne : que prévoyons-nous, et quand ?',
    ),
  ],
  'six-phases/measure': [
    section(
      'Objectives reached or missed',
      'For each business objective, where did we land against the target?',
      'Objectifs atteints ou manqués',
      'Pour chaque objectif d’affaires, où en sommes-nous par rapport à la cible ?',
    ),
    section(
      'What made people react',
      'Which content and which platforms worked best, and which least?',
      'Ce qui a fait réagir',
      'Quels contenus et quelles plateformes ont le mieux fonctionné, et lesquels le moins ?',
    ),
    section(
      'Adjustments',
      'What do we change, stop or do more of next period?',
      'Ajustements',
      'Que changeons-nous, arrêtons-nous ou renforçons-nous pour la période suivante ?',
    ),
  ],
  'five-questions/why': [
    section(
      'Our reason to be there',
      'Which business objective would social media serve?',
      'Notre raison d’y être',
      'Quel objectif d’affaires les réseaux serviraient-ils ?',
    ),
    section(
      'Go or no-go',
      'Is the reason strong enough to go ahead?',
      'On y va ou pas',
      'La raison est-elle assez solide pour se lancer ?',
    ),
  ],
  'five-questions/content-strategy': [
    section(
      'The wider content strategy',
      'Which content plan and communication plan does the presence belong to?',
      'La stratégie de contenu d’ensemble',
      'À quel plan de contenu et à quel plan de communication la présence se rattache-t-elle ?',
    ),
    section(
      'What we will have to say',
      'Beyond news about ourselves, what content will keep the brand alive?',
      'Ce que nous aurons à dire',
      'Au-delà de nos propres nouvelles, quels contenus feront vivre la marque ?',
    ),
  ],
  'five-questions/resource': [
    section(
      'Our champion',
      'Who is in charge, how many hours a week, and are they an employee?',
      'Notre champion',
      'Qui est responsable, combien d’heures par semaine, et est-ce un employé ?',
    ),
    section(
      'What an agency does, and does not',
      'If an agency helps, what stays in-house?',
      'Ce que fait l’agence, et ce qu’elle ne fait pas',
      'Si une agence aide, qu’est-ce qui reste à l’interne ?',
    ),
  ],
  'five-questions/budget': [
    section(
      'The budget',
      'How much per year, for what: time, advertising, tools, outside help?',
      'Le budget',
      'Combien par an, pour quoi : temps, publicité, outils, aide extérieure ?',
    ),
    section(
      'Does it match the ambition?',
      'Does it cover at least the time of the person in charge?',
      'Est-il à la hauteur ?',
      'Couvre-t-il au moins le temps de la personne responsable ?',
    ),
  ],
  'five-questions/website-roi': [
    section(
      'How the website performs',
      'Bounce rate, conversions, analytics: what do the numbers say?',
      'Ce que rapporte le site',
      'Taux de rebond, conversions, mesure d’audience : que disent les chiffres ?',
    ),
    section(
      'What to fix before sending traffic',
      'What must change on the site before social media sends more visitors?',
      'Ce qu’il faut corriger avant d’envoyer du trafic',
      'Que faut-il changer sur le site avant que les réseaux n’y envoient plus de visiteurs ?',
    ),
  ],
  'socialmedia-11/positioning': [
    section(
      'How the brand stands',
      'Friend and accomplice, or professional guarantor?',
      'La posture de la marque',
      'Amie complice, ou professionnelle qui se porte garante ?',
    ),
    section(
      'What follows from it',
      'Which tone, content and influence strategy does this choice imply?',
      'Ce qui en découle',
      'Quel ton, quels contenus et quelle stratégie d’influence ce choix implique-t-il ?',
    ),
  ],
  'socialmedia-11/objectives': [
    section(
      'The objective',
      'Loyalty, reputation, co-creation, acquisition: which one, how measured?',
      'L’objectif',
      'Fidélisation, réputation, co-création, acquisition : lequel, mesuré comment ?',
    ),
    section(
      'The investment it justifies',
      'How much time, how many people, what budget for what return?',
      'L’investissement qu’il justifie',
      'Combien de temps, combien de personnes, quel budget pour quel retour ?',
    ),
  ],
  'socialmedia-11/traffic': [
    section(
      'Where we send people',
      'Which pages, shops or offers should social media lead to?',
      'Où nous envoyons les gens',
      'Vers quelles pages, boutiques ou offres les réseaux doivent-ils mener ?',
    ),
    section(
      'The journeys',
      'Which links and calls to action turn attention into visits and sales?',
      'Les parcours',
      'Quels liens et appels à l’action transforment l’attention en visites et en ventes ?',
    ),
  ],
  'socialmedia-11/real-life-relay': [
    section(
      'Moments worth relaying',
      'Which events, places and experiences will people want to share?',
      'Les moments à relayer',
      'Quels événements, lieux et expériences les gens voudront-ils partager ?',
    ),
    section(
      'How we relay them',
      'How do we invite and pass on what customers post on the spot?',
      'Comment nous les relayons',
      'Comment invitons-nous et reprenons-nous ce que les clients publient sur place ?',
    ),
  ],
  'socialmedia-11/content': [
    section(
      'Useful content',
      'What information, advice or entertainment will we give, rather than sales pitches?',
      'Des contenus utiles',
      'Quelles informations, quels conseils ou divertissements donnerons-nous, plutôt que des arguments de vente ?',
    ),
    section(
      'Feeding the relays',
      'Who outside the company will pass our content on, and what do they need?',
      'Alimenter les relais',
      'Qui, hors de l’entreprise, relaiera nos contenus, et de quoi a-t-il besoin ?',
    ),
  ],
  'socialmedia-11/legal-charter': [
    section(
      'Legal limits',
      'Intellectual property, defamation, privacy, disclosure: what may we not say or show?',
      'Limites légales',
      'Propriété intellectuelle, diffamation, vie privée, mention des partenariats : que ne pouvons-nous pas dire ni montrer ?',
    ),
    section(
      'Our charter',
      'Where is the charter, who may speak, and who approved it?',
      'Notre charte',
      'Où est la charte, qui peut parler, et qui l’a approuvée ?',
    ),
  ],
  'socialmedia-11/measurement': [
    section(
      'What we read',
      'Sources of traffic, visitors, pages read, engagement: which figures, from which tools?',
      'Ce que nous lisons',
      'Provenance du trafic, visiteurs, pages lues, engagement : quels chiffres, tirés de quels outils ?',
    ),
    section(
      'What we do with it',
      'Who reviews the figures, how often, and what decisions do they drive?',
      'Ce que nous en faisons',
      'Qui examine les chiffres, à quelle fréquence, et quelles décisions en découlent ?',
    ),
  ],
  'socialmedia-11/listening': [
    section(
      'Where we listen',
      'Which kinds of networks and communities do we follow?',
      'Où nous écoutons',
      'Quels types de réseaux et de communautés suivons-nous ?',
    ),
    section(
      'What we learn',
      'What have we learned about the audience, and how does it change the plan?',
      'Ce que nous apprenons',
      'Qu’avons-nous appris du public, et qu’est-ce que cela change au plan ?',
    ),
  ],
  'socialmedia-11/dialogue': [
    section(
      'Joining the conversation',
      'Where and how does the brand talk with people?',
      'Prendre part à la conversation',
      'Où et comment la marque parle-t-elle avec les gens ?',
    ),
    section(
      'Who answers',
      'Who takes part, with what response time?',
      'Qui répond',
      'Qui y prend part, dans quels délais ?',
    ),
  ],
  'socialmedia-11/many-voices': [
    section(
      'Employees who speak',
      'Who in the company already talks about it online, and where?',
      'Les employés qui s’expriment',
      'Qui, dans l’entreprise, en parle déjà en ligne, et où ?',
    ),
    section(
      'Encouraging and framing',
      'What do we offer them (training, content, rules) and what do we ask of them?',
      'Encourager et encadrer',
      'Que leur offrons-nous (formation, contenus, règles) et que leur demandons-nous ?',
    ),
  ],
  'socialmedia-11/community': [
    section(
      'Our community',
      'Who is it, what does it expect, how close does it feel to the brand?',
      'Notre communauté',
      'Qui la forme, qu’attend-elle, à quel point se sent-elle proche de la marque ?',
    ),
    section(
      'A lasting investment',
      'What regular effort do we commit to, and over how long?',
      'Un investissement durable',
      'Quel effort régulier nous engageons-nous à fournir, et sur quelle durée ?',
    ),
  ],
};
