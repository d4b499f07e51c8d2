// Longer than 450 lines: the five method presets as data (steps, orders, file names, groundwork
// and website steps in both languages), read and reviewed as a whole beside docs/methods.md.
import { isRecord } from '../util/guards';
import type { Localized } from '../types';

export interface MethodStep {
  id: string;
  title: Localized;
  /** Steps that must be `done` before this one may be `done`. */
  requires: string[];
  /** What the step is for and what a strategist decides in it (shown in hover, snippets, docs). */
  guide: Localized;
  /** The name its document gets after the step's number, by the plan's language: `01-ecoute.md`. */
  fileSlug: Localized;
  /**
   * Groundwork done before the plan's period starts (listening, an audit, the website's offer):
   * `deadline-in-period` lets its due date fall up to a quarter before the period (docs/methods.md).
   */
  groundwork?: boolean;
  /**
   * The step judges the website the presence leads to: `website-readiness` checks the plan's
   * `website` facts when it is done, and the report shows them in it (docs/methods.md).
   */
  asksWebsite?: boolean;
}

export interface Method {
  id: string;
  title: Localized;
  /** Ordered methods chain each step to the one before it. */
  ordered: boolean;
  steps: MethodStep[];
}

export const PRESET_NAMES = ['three-pillars', 'five-steps', 'six-phases', 'five-questions', 'socialmedia-11'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const DEFAULT_METHOD: PresetName = 'six-phases';

type StepSeed = [id: string, en: string, fr: string, guide?: Localized];

const NO_GUIDE: Localized = { en: '', fr: '' };

/**
 * The French file name of each preset step (without its number): the French snippet prefix's words,
 * as the French example's `01-ecoute.md`. English files keep the step id.
 */
const FRENCH_FILE_SLUGS: Record<PresetName, Record<string, string>> = {
  'three-pillars': {
    'content-offer': 'offre-contenu',
    'social-content': 'contenu-social',
    'social-strategy': 'strategie-sociale',
  },
  'five-steps': {
    listen: 'ecouter',
    story: 'histoire',
    measure: 'mesurer',
    platforms: 'supports',
    organize: 'organiser',
  },
  'six-phases': {
    listen: 'ecoute',
    profiles: 'profils',
    content: 'contenu',
    distribution: 'distribution',
    community: 'communaute',
    measure: 'mesure',
  },
  'five-questions': {
    why: 'pourquoi',
    'content-strategy': 'strategie-contenu',
    resource: 'ressource',
    budget: 'budget',
    'website-roi': 'site-rentable',
  },
  'socialmedia-11': {
    positioning: 'positionnement',
    objectives: 'objectifs',
    traffic: 'trafic',
    'real-life-relay': 'relais-vie-reelle',
    content: 'contenu',
    'legal-charter': 'limites-charte',
    measurement: 'mesure',
    listening: 'ecoute',
    dialogue: 'dialogue',
    'many-voices': 'plusieurs-voix',
    community: 'communaute',
  },
};

function presetStep(method: PresetName, [stepId, en, fr, guide]: StepSeed, requires: string[]): MethodStep {
  const fileSlug = { en: stepId, fr: FRENCH_FILE_SLUGS[method][stepId] ?? stepId };
  return { id: stepId, title: { en, fr }, requires, guide: guide ?? NO_GUIDE, fileSlug };
}

function chained(id: PresetName, title: Localized, seeds: StepSeed[]): Method {
  const steps = seeds.map((seed, index) => presetStep(id, seed, index === 0 ? [] : [seeds[index - 1][0]]));
  return { id, title, ordered: true, steps };
}

function unordered(id: PresetName, title: Localized, seeds: StepSeed[]): Method {
  const steps = seeds.map((seed) => presetStep(id, seed, []));
  return { id, title, ordered: false, steps };
}

/** Sets the requirements of some steps of a preset where its article asks for another order than a chain. */
function requiring(method: Method, requirements: Record<string, string[]>): Method {
  for (const step of method.steps) if (step.id in requirements) step.requires = requirements[step.id];
  return method;
}

const threePillars = chained('three-pillars', { en: 'Three pillars', fr: 'Trois piliers' }, [
  [
    'content-offer',
    'Formal content offer',
    'Offre de contenu formelle',
    {
      en: 'The website that the social presence will send people to, put in order before anything else. Check that it says who the organisation is and what sets it apart, looks professionally designed with a consistent visual identity, tells visitors plainly what to do next, arranges the offer the way customers make up their minds, shows why it can be trusted, comes up in search results, gives people reasons to return, and measures its visits. The strategist decides what must be fixed on the site first: social media only pays off when it leads somewhere that converts.',
      fr: 'Le site vers lequel la présence sociale enverra du monde, remis en ordre avant tout le reste. Vérifiez qu’il dit qui est l’organisation et ce qui la distingue, qu’il a un design professionnel et une identité visuelle cohérente, qu’il indique clairement au visiteur quoi faire ensuite, qu’il range l’offre selon la façon dont le client décide, qu’il montre pourquoi on peut lui faire confiance, qu’il ressort dans les moteurs de recherche, qu’il donne des raisons de revenir et qu’il mesure ses visites. Le stratège décide de ce qu’il faut corriger d’abord : les réseaux ne rapportent que s’ils mènent vers un lieu qui convertit.',
    },
  ],
  [
    'social-content',
    'Social content',
    'Contenu social',
    {
      en: 'Content built to travel through social networks: blog posts written by a person in their own voice, photos and videos that tell a story and can be shared or linked in one click. The strategist decides which formats the organisation will produce, who writes them, and how each piece links back to the formal offer, so that the attention it earns ends up where the value is captured.',
      fr: 'Des contenus faits pour circuler sur les réseaux : billets de blogue écrits par une personne à la première personne, photos et vidéos qui racontent quelque chose et se partagent ou se lient en un clic. Le stratège décide des formats que l’organisation produira, de qui les rédige et de la façon dont chaque contenu renvoie à l’offre formelle, pour que l’attention gagnée aboutisse là où la valeur se concrétise.',
    },
  ],
  [
    'social-strategy',
    'Social strategy',
    'Stratégie sociale',
    {
      en: 'Only once the site converts and the content is worth sharing does the plan choose where to be and how to behave there: which spaces, which spokespersons, which listening tools, and when joining a conversation is actually useful. The strategist decides this on top of both earlier pillars; without them, this step achieves little and can even harm the brand.',
      fr: 'Une fois seulement que le site convertit et que les contenus valent d’être partagés, le plan choisit où être présent et comment s’y conduire : quels espaces, quels porte-parole, quels outils d’écoute, et quand intervenir dans une conversation est vraiment utile. Le stratège en décide en s’appuyant sur les deux piliers précédents ; sans eux, cette étape donne peu et peut même nuire à la marque.',
    },
  ],
]);
// The article makes both pillars prerequisites of the social strategy ("steps 1 and 2 ... definitely
// prerequisites of step 3"), and asks no order between the two pillars (docs/methods.md).
requiring(threePillars, { 'social-content': [], 'social-strategy': ['content-offer', 'social-content'] });

/** The planning methods (docs/authoring.md, docs/schema.md `method`), as data: rules, snippets, templates and docs all read this. */
export const METHOD_PRESETS: Record<PresetName, Method> = {
  'three-pillars': threePillars,
  // "Also" organise: the people who do the groundwork are planned from the start, not after the
  // platforms are chosen (docs/methods.md, `five-steps`).
  'five-steps': requiring(
    chained('five-steps', { en: 'Five steps', fr: 'Cinq étapes' }, [
      [
        'listen',
        'Listen',
        'Écouter',
        {
          en: 'Hear what is already being said before saying anything. Audit the brand’s own online presence and its competitors’, find where people talk about its products and its sector, with which tone and which words, and which subjects matter to them. The strategist decides which opportunities the plan will seize and which obstacles and risks it must be ready for.',
          fr: 'Entendre ce qui se dit déjà avant de prendre la parole. Faites l’audit de la présence en ligne de la marque et de celle de ses concurrents, repérez où l’on parle de ses produits et de son secteur, sur quel ton, avec quels mots, et quels sujets comptent pour les gens. Le stratège décide des occasions que le plan saisira et des obstacles et risques auxquels il doit se préparer.',
        },
      ],
      [
        'story',
        'Tell a story',
        'Raconter une histoire',
        {
          en: 'Start from what the brand is at heart and decide what it has to tell on social media, the experience it wants to give people and the value its presence, its content and its posts add for them. The strategist also checks that an audience wants to hear it: when nobody does, the honest decision is to stay away for now and look for a better opening later.',
          fr: 'Partir de ce qu’est la marque au fond et décider de ce qu’elle a à raconter sur les réseaux, de l’expérience qu’elle veut faire vivre et de ce que sa présence, ses contenus et ses publications apportent aux gens. Le stratège vérifie aussi qu’un public veut l’entendre : si personne ne s’y intéresse, la décision honnête est de s’abstenir pour l’instant et de chercher une meilleure occasion plus tard.',
        },
      ],
      [
        'measure',
        'Measure',
        'Mesurer',
        {
          en: 'Fix, before launch and not after, what the presence must achieve — visits to the website or to the store, contact data, sales, brand image, awareness, loyalty, engagement — and the indicators that will show it, with a starting value and a target for each. The strategist decides these numbers now because objectives chosen afterwards can only describe what happened, while objectives chosen beforehand judge the results and justify the money and the hours.',
          fr: 'Fixer avant le lancement, et non après, ce que la présence doit produire — visites du site ou du magasin, données de contact, ventes, image, notoriété, fidélité, engagement — et les indicateurs qui le montreront, avec pour chacun un point de départ et une cible. Le stratège arrête ces chiffres maintenant, car des objectifs choisis après coup ne font que décrire ce qui s’est passé, alors que des objectifs posés d’avance permettent de juger les résultats et de justifier l’argent et le temps investis.',
        },
      ],
      [
        'platforms',
        'Choose platforms',
        'Choisir les supports',
        {
          en: 'Pick the platforms — including spaces the brand hosts itself — that serve the objectives best, and the community ecosystem they form together. The strategist then writes the activity guidelines, the editorial line and a publishing calendar saying what is posted and how often, so that the relationship stays regular and consistent.',
          fr: 'Retenir les plateformes — y compris les espaces que la marque héberge elle-même — qui servent le mieux les objectifs, et l’écosystème communautaire qu’elles forment ensemble. Le stratège rédige ensuite les règles d’activité, la ligne éditoriale et un calendrier de publication disant quoi publier et à quel rythme, pour que la relation reste régulière et cohérente.',
        },
      ],
      [
        'organize',
        'Organize',
        'S’organiser',
        {
          en: 'Plan the people and the organisation the presence needs: who does the groundwork and who then runs the community every day, with at least one person dedicated to it — ideally an employee who knows the company and its culture and can answer people’s questions. The strategist decides how social media links up with the other departments, the communication plan and the customer relationship tools, since it touches the whole organisation.',
          fr: 'Prévoir les personnes et l’organisation qu’exige la présence : qui fait le travail préparatoire, puis qui anime la communauté au quotidien, avec au moins une personne qui s’y consacre — idéalement un employé qui connaît l’entreprise et sa culture et sait répondre aux questions des internautes. Le stratège décide de la façon dont les réseaux se relient aux autres services, au plan de communication et aux outils de relation client, puisqu’ils touchent toute l’organisation.',
        },
      ],
    ]),
    { organize: [] },
  ),
  'six-phases': requiring(
    chained('six-phases', { en: 'Six phases', fr: 'Six phases' }, [
      [
        'listen',
        'Listening and monitoring',
        'Écoute et monitorage',
        {
          en: 'Take a snapshot of today’s web figures, so that progress can be measured against it later, and set up monitoring feeds that follow what is said about the brand and about its field. The strategist decides the baseline numbers, the sources the team watches, and how often someone reads them.',
          fr: 'Prendre un instantané des chiffres web actuels, pour pouvoir mesurer les progrès par rapport à lui, et mettre en place des fils de veille qui suivent ce qui se dit de la marque et de son domaine. Le stratège arrête les chiffres de départ, les sources que l’équipe surveille et la fréquence à laquelle quelqu’un les lit.',
        },
      ],
      [
        'profiles',
        'Profiles and brand',
        'Profils et image de marque',
        {
          en: 'Reserve the brand’s names on the platforms, including those it will not run yet, so that nobody else can take them, and fill every profile with accurate and consistent information. The strategist decides which handles to secure and what each profile says about the brand.',
          fr: 'Réserver les noms de la marque sur les plateformes, y compris celles qu’elle n’animera pas tout de suite, pour que personne d’autre ne puisse les prendre, et remplir chaque profil d’informations exactes et cohérentes. Le stratège décide des identifiants à protéger et de ce que chaque profil dit de la marque.',
        },
      ],
      [
        'content',
        'Content creation',
        'Création de contenus',
        {
          en: 'Start creating and spreading content, remembering that platforms are places of conversation: bring something of value and talk with people instead of only about yourself. The strategist decides the editorial line for posts, comments and replies, and shares it with the whole team so that everyone speaks in the same spirit.',
          fr: 'Commencer à créer et à diffuser des contenus, en gardant en tête que les plateformes sont des lieux de conversation : apporter quelque chose et parler avec les gens plutôt que seulement de soi. Le stratège fixe la ligne éditoriale des publications, des commentaires et des réponses, et la partage avec toute l’équipe pour que chacun s’exprime dans le même esprit.',
        },
      ],
      [
        'distribution',
        'Distribution and promotion',
        'Distribution et promotion',
        {
          en: 'Give each piece of content more than one life: adapt it to every platform and let the platforms promote one another — an article, its photos and its video each pointing to the others. The strategist decides which formats each piece becomes and how people are led from one space to the one where they can act.',
          fr: 'Donner à chaque contenu plus d’une vie : l’adapter à chaque plateforme et faire en sorte que les plateformes se renvoient les unes aux autres — un article, ses photos et sa vidéo qui se citent mutuellement. Le stratège décide des déclinaisons de chaque contenu et du chemin qui mène les gens d’un espace vers celui où ils peuvent agir.',
        },
      ],
      [
        'community',
        'Community building',
        'Création d’une communauté',
        {
          en: 'Building a community runs through the whole plan, but once the brand has earned some standing it can engage more directly: ask its audience questions, run contests, invite people to meet in person, and contribute to other spaces more than it posts in its own. The strategist decides how the brand takes part and which occasions will bring people together.',
          fr: 'Bâtir une communauté se fait tout au long du plan, mais une fois que la marque a gagné une certaine crédibilité, elle peut s’engager plus directement : poser des questions à son public, organiser des concours, inviter les gens à se rencontrer en personne, et contribuer aux autres espaces plus qu’elle ne publie dans les siens. Le stratège décide de la façon dont la marque participe et des occasions qui rassembleront les gens.',
        },
      ],
      [
        'measure',
        'Measure, analyse, adjust',
        'Mesurer, analyser, ajuster',
        {
          en: 'Look back at the business objectives set at the start: were they reached, what should change, what could be done better? The strategist works out which content and which platforms drew strong reactions and which had little effect, and adjusts the plan, knowing that results build up over months rather than weeks.',
          fr: 'Revenir aux objectifs d’affaires fixés au départ : ont-ils été atteints, que faut-il changer, que pourrait-on mieux faire ? Le stratège repère les contenus et les plateformes qui ont fait réagir et ceux qui ont peu porté, puis ajuste le plan, en sachant que les résultats se construisent sur des mois plutôt que des semaines.',
        },
      ],
    ]),
    // Community building "runs through the whole process": it requires no phase and the measure
    // phase requires distribution, not community (docs/methods.md, `six-phases`).
    { community: [], measure: ['distribution'] },
  ),
  'five-questions': unordered('five-questions', { en: 'Five questions', fr: 'Cinq questions' }, [
    [
      'why',
      'Why be there?',
      'Pourquoi y être ?',
      {
        en: 'State why the organisation wants to be on social media, as a clear objective: more awareness in its market, hiring, better customer service. “Everyone is there” or “we have no choice” are not reasons; the strategist decides whether a real one exists, because without it the answer to going ahead is no.',
        fr: 'Dire pourquoi l’organisation veut être sur les réseaux sociaux, sous la forme d’un objectif clair : plus de notoriété dans son marché, du recrutement, un meilleur service à la clientèle. « Tout le monde y est » ou « on n’a pas le choix » ne sont pas des raisons ; le stratège juge s’il en existe une vraie, car sans elle la réponse est de ne pas y aller.',
      },
    ],
    [
      'content-strategy',
      'Part of a content strategy?',
      'Une stratégie de contenu ?',
      {
        en: 'Check that the social presence belongs to a wider content strategy and a communication plan. Social networks are media: with nothing of their own to carry they are empty, and announcing wins, contracts and events is not enough to give a brand a life there. The strategist decides where the content will come from.',
        fr: 'Vérifier que la présence sociale s’inscrit dans une stratégie de contenu plus large et dans un plan de communication. Les réseaux sont des médias : sans rien à porter, ils sont vides, et annoncer ses succès, ses contrats ou ses événements ne suffit pas à faire vivre une marque. Le stratège décide d’où viendront les contenus.',
      },
    ],
    [
      'resource',
      'Who is dedicated?',
      'Quelle ressource ?',
      {
        en: 'Name the person in charge. When everyone is responsible, nobody is: a champion — not necessarily full time, but working on it steadily — gathers material across the organisation and turns it into content ready to share. An agency can help plan and inspire, but the strategist should think twice before handing it the whole presence.',
        fr: 'Nommer la personne responsable. Quand tout le monde l’est, personne ne l’est : un champion — pas forcément à temps plein, mais régulièrement — recueille l’information dans toute l’organisation et la transforme en contenus prêts à partager. Une agence peut aider à planifier et inspirer, mais le stratège doit réfléchir avant de lui confier toute la présence.',
      },
    ],
    [
      'budget',
      'Which budget?',
      'Quel budget ?',
      {
        en: 'State the money available. Apart from a freelancer or a very small business, there is no social presence without a budget: paying for part of one person’s time alone costs in the region of fifteen thousand a year, before any outside help. The strategist decides whether the budget matches the ambition.',
        fr: 'Dire de quel argent on dispose. Hormis pour un travailleur autonome ou une très petite entreprise, il n’y a pas de présence sociale sans budget : payer une partie du temps d’une seule personne coûte déjà de l’ordre de quinze mille par an, sans aide extérieure. Le stratège juge si le budget est à la hauteur de l’ambition.',
      },
    ],
    [
      'website-roi',
      'Does the website convert?',
      'Le site est-il rentable ?',
      {
        en: 'Check that the website already pays its way before sending it more visitors. If most people leave after one page, or few of them act, the strategist decides to fix the site first: extra traffic from social media landing on a site that drives people away is wasted.',
        fr: 'Vérifier que le site rapporte déjà avant de lui envoyer plus de visiteurs. Si la plupart des gens repartent après une page, ou si peu passent à l’action, le stratège décide de corriger le site d’abord : le trafic supplémentaire venu des réseaux est perdu s’il arrive sur un site qui fait fuir.',
      },
    ],
  ]),
  'socialmedia-11': unordered('socialmedia-11', { en: 'Eleven topics', fr: 'Onze thèmes' }, [
    [
      'positioning',
      'Positioning',
      'Positionnement',
      {
        en: 'Decide how the brand stands towards its audience — a friend and accomplice, or a professional who vouches for quality — because the tone, the content and the way it seeks influence all follow from that choice.',
        fr: 'Décider de la place que prend la marque face à son public — une amie complice, ou une professionnelle qui se porte garante — car le ton, les contenus et la manière de chercher de l’influence découlent de ce choix.',
      },
    ],
    [
      'objectives',
      'Objectives',
      'Objectifs',
      {
        en: 'Set a precise objective before committing to any network — loyalty, reputation, co-creation, acquisition — so that the investment can be sized: how much time, how many people, what budget for what return.',
        fr: 'Fixer un objectif précis avant de s’engager sur un réseau — fidélisation, réputation, co-création, acquisition — pour pouvoir dimensionner l’investissement : combien de temps, combien de personnes, quel budget pour quel retour.',
      },
    ],
    [
      'traffic',
      'Traffic',
      'Trafic',
      {
        en: 'Social networks do more than build a reputation: they can send people to the brand or to a place where they can buy. Decide which links, offers and journeys turn attention into visits and sales.',
        fr: 'Les réseaux font plus que bâtir une réputation : ils peuvent amener du monde vers la marque ou vers un lieu d’achat. Décider des liens, des offres et des parcours qui transforment l’attention en visites et en ventes.',
      },
    ],
    [
      'real-life-relay',
      'Real-life relay',
      'Relais dans la vie réelle',
      {
        en: 'Real people post, comment and share what they live: events, outings, meals, places. Decide how the presence relays these moments, including through location-based networks and content customers create on the spot.',
        fr: 'Ce sont de vraies personnes qui publient, commentent et partagent ce qu’elles vivent : événements, sorties, repas, lieux. Décider comment la présence relaie ces moments, y compris par les réseaux géolocalisés et les contenus que les clients créent sur place.',
      },
    ],
    [
      'content',
      'Content',
      'Contenu',
      {
        en: 'Plan the content that will feed the many relays between the brand and the public: useful information, recipes, games, advice — not sales pitches. Brand messages travel through voices outside the company, so decide what to give them to pass on.',
        fr: 'Prévoir les contenus qui alimenteront les nombreux relais entre la marque et le public : informations utiles, recettes, jeux, conseils — pas des arguments de vente. Les messages de marque circulent par des voix extérieures à l’entreprise ; décider de ce qu’on leur donne à relayer.',
      },
    ],
    [
      'legal-charter',
      'Legal limits and charter',
      'Limites légales et charte',
      {
        en: 'Free expression has limits the law enforces quickly, such as intellectual property and defamation. Set those limits and write an internal social media charter that marks out what the brand may say and who may say it.',
        fr: 'La libre expression a des limites que le droit rappelle vite, comme la propriété intellectuelle ou la diffamation. Poser ces limites et rédiger une charte interne des réseaux sociaux qui délimite ce que la marque peut dire, et qui peut le dire.',
      },
    ],
    [
      'measurement',
      'Measurement',
      'Mesure',
      {
        en: 'Decide how traffic and engagement will be read: where visitors come from, how many there are, how many pages they read, how involved they are. These figures steer reputation, visibility and influence.',
        fr: 'Décider comment lire le trafic et l’engagement : d’où viennent les visiteurs, combien ils sont, combien de pages ils lisent, à quel point ils s’impliquent. Ces chiffres guident la réputation, la visibilité et l’influence.',
      },
    ],
    [
      'listening',
      'Listening',
      'Écoute',
      {
        en: 'Social networks are a rich source for hearing, watching and understanding the target audience, provided one knows where and how to look. Decide which kinds of networks to follow and what to watch for.',
        fr: 'Les réseaux sont une source précieuse pour entendre, observer et comprendre le public visé, à condition de savoir où et comment regarder. Décider quels types de réseaux suivre et ce qu’on y guette.',
      },
    ],
    [
      'dialogue',
      'Dialogue',
      'Dialogue',
      {
        en: 'Social media is a place of discussion and shared opinions, and many people want to talk with the brands they use. Decide how the brand joins the conversation, and who in marketing takes part in it.',
        fr: 'Les médias sociaux sont un lieu de discussion et d’échange d’avis, et beaucoup de gens veulent parler avec les marques qu’ils fréquentent. Décider comment la marque entre dans la conversation, et qui, au marketing, y prend part.',
      },
    ],
    [
      'many-voices',
      'Many voices',
      'Plusieurs voix',
      {
        en: 'The community manager is not the only one speaking: employees talk about the company on their own networks too. Decide how their voices are encouraged and framed, and which new forms of communication the brand is willing to try.',
        fr: 'Le gestionnaire de communauté n’est pas seul à s’exprimer : les employés parlent aussi de l’entreprise sur leurs propres réseaux. Décider comment encourager et encadrer ces voix, et quelles nouvelles formes de communication la marque est prête à essayer.',
      },
    ],
    [
      'community',
      'Community',
      'Communauté',
      {
        en: 'Identify the community before launching — its expectations and how close it feels to the brand — and plan a steady investment that lasts, in line with the company’s positioning and strategy: a relationship only pays off in the long run.',
        fr: 'Identifier la communauté avant de se lancer — ses attentes et sa proximité avec la marque — et prévoir un investissement régulier qui dure, cohérent avec le positionnement et la stratégie de l’entreprise : une relation ne porte ses fruits qu’à long terme.',
      },
    ],
  ]),
};

/**
 * The groundwork steps of each preset (docs/methods.md, "Groundwork and the website"): what the
 * method does before anything is published. The whole five-questions check comes before a plan.
 */
const GROUNDWORK: Record<PresetName, readonly string[]> = {
  'three-pillars': ['content-offer'],
  'five-steps': ['listen'],
  'six-phases': ['listen'],
  'five-questions': ['why', 'content-strategy', 'resource', 'budget', 'website-roi'],
  'socialmedia-11': ['listening'],
};

/** The steps that ask whether the website converts (docs/methods.md, "Groundwork and the website"). */
const ASKS_WEBSITE: Record<PresetName, readonly string[]> = {
  'three-pillars': ['content-offer'],
  'five-steps': [],
  'six-phases': [],
  'five-questions': ['website-roi'],
  'socialmedia-11': [],
};

for (const name of PRESET_NAMES) {
  for (const step of METHOD_PRESETS[name].steps) {
    if (GROUNDWORK[name].includes(step.id)) step.groundwork = true;
    if (ASKS_WEBSITE[name].includes(step.id)) step.asksWebsite = true;
  }
}

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value);
}

/**
 * The method a plan follows: its preset, its custom `method: { steps }`, or the default.
 * `undefined` when `method:` is present but unusable (the schema rule reports why).
 */
export function planMethod(planData: Record<string, unknown>): Method | undefined {
  const declared = planData.method;
  if (declared === undefined) return METHOD_PRESETS[DEFAULT_METHOD];
  if (isPresetName(declared)) return METHOD_PRESETS[declared];
  if (!isRecord(declared) || !Array.isArray(declared.steps)) return undefined;
  const steps = declared.steps.filter(isRecord).filter((step) => typeof step.id === 'string');
  return {
    id: 'custom',
    title: { en: 'Custom method', fr: 'Méthode sur mesure' },
    ordered: false,
    steps: steps.map((step) => ({
      id: step.id as string,
      title: customTitle(step.title, step.id as string),
      requires: Array.isArray(step.requires)
        ? step.requires.filter((item): item is string => typeof item === 'string')
        : [],
      guide: NO_GUIDE,
      fileSlug: { en: step.id as string, fr: step.id as string },
      groundwork: step.groundwork === true,
      asksWebsite: step.website === true,
    })),
  };
}

function customTitle(title: unknown, fallback: string): Localized {
  if (typeof title === 'string') return { en: title, fr: title };
  if (isRecord(title)) {
    const en = typeof title.en === 'string' ? title.en : undefined;
    const fr = typeof title.fr === 'string' ? title.fr : undefined;
    return { en: en ?? fr ?? fallback, fr: fr ?? en ?? fallback };
  }
  return { en: fallback, fr: fallback };
}
