package org.passerelle.bench;

import java.util.Random;

/**
 * Real-looking English and French text for the search benchmark: sentences assembled from templates and word lists
 * (places of Rwanda, the Kivu, Senegal; the sectors' vocabulary: solar, water, school, health…), so that no two
 * pages are alike and the words have a realistic spread (a few very common, most of them rarer). A seeded {@link
 * Random}: the same corpus at every run.
 */
final class SearchText {

    /** A word found nowhere in the generated text: the benchmark plants it in a few entries. */
    static final String RARE = "Kabgayi";

    static final String[] PLACES = {
        "Huye",
        "Musanze",
        "Kigali",
        "Bukavu",
        "Dakar",
        "Rubavu",
        "Nyagatare",
        "Karongi",
        "Rusizi",
        "Muhanga",
        "Nyamagabe",
        "Goma",
        "Uvira",
        "Thiès",
        "Saint-Louis",
        "Ziguinchor",
        "Kaolack",
        "Gisenyi",
        "Butare",
        "Kayonza",
        "Ngoma",
        "Bugesera",
        "Rwamagana",
        "Nyanza",
        "Kamembe",
        "Bamako",
        "Ségou",
        "Kindu",
        "Bujumbura",
        "Gitega"
    };

    private static final String[] EN_ACTORS = {
        "The association", "Our members in Brussels", "The diaspora network", "The women's cooperative",
        "The youth group", "The parents' committee", "The district health team", "The local partner",
        "The village water committee", "The farmers' union", "Volunteers from Liège", "The school board",
        "The project team", "Engineers of the diaspora", "The nurses' collective"
    };
    private static final String[] EN_VERBS = {
        "will install",
        "plans to build",
        "proposes to repair",
        "wants to equip",
        "intends to extend",
        "has started to renovate",
        "will train staff to maintain",
        "seeks funding to replace",
        "will monitor",
        "aims to connect",
        "is ready to deliver",
        "hopes to finance"
    };
    private static final String[] EN_OBJECTS = {
        "solar panels",
        "a solar water pump",
        "solar lamps",
        "a rainwater tank",
        "the health centre",
        "a maternity ward",
        "two classrooms",
        "the primary school",
        "a vocational training workshop",
        "a borehole",
        "latrines",
        "a mini-grid",
        "the dispensary",
        "a computer room",
        "a cold chain for vaccines",
        "drip irrigation",
        "a grain store",
        "a community kitchen",
        "solar batteries",
        "a clean water network",
        "a mobile clinic",
        "school desks",
        "a library",
        "a cassava mill",
        "a seedling nursery"
    };
    private static final String[] EN_BENEFICIARIES = {
        "for 300 families",
        "for the pupils",
        "for pregnant women",
        "for farmers of the hills",
        "for young people out of school",
        "for 1,200 patients a month",
        "for the whole sector",
        "for the cooperative's members",
        "for children under five",
        "for the teachers",
        "for returning migrants",
        "for widows and orphans"
    };
    private static final String[] EN_TIMES = {
        "before the rainy season", "by the end of the year", "within eighteen months", "during the dry season",
        "next spring", "in three phases", "as soon as the funds arrive", "after the community meeting",
        "in the second quarter", "over two years"
    };
    private static final String[] EN_EXTRAS = {
        "The budget covers equipment, transport and training.",
        "Maintenance will be paid by a small monthly fee.",
        "The sector office has approved the site.",
        "Night deliveries are impossible without light.",
        "Local technicians will be trained on site.",
        "The previous generator broke down twice last year.",
        "Monitoring reports will be shared every quarter.",
        "Electricity cuts interrupt care several times a week.",
        "The community contributes labour and land.",
        "Water-borne diseases fell sharply in the pilot village.",
        "Girls miss school when they fetch water far away.",
        "The solar installation needs a secure fence.",
        "Prices of diesel rose again this month.",
        "A partner university will evaluate the results.",
        "The mayor attended the launch with the elders."
    };

    private static final String[] FR_ACTORS = {
        "L'association", "Nos membres de Bruxelles", "Le réseau de la diaspora", "La coopérative des femmes",
        "Le groupe des jeunes", "Le comité des parents", "L'équipe de santé du district", "Le partenaire local",
        "Le comité de l'eau du village", "L'union des agriculteurs", "Des bénévoles de Liège", "Le conseil de l'école",
        "L'équipe du projet", "Des ingénieurs de la diaspora", "Le collectif des infirmières"
    };
    private static final String[] FR_VERBS = {
        "va installer",
        "prévoit de construire",
        "propose de réparer",
        "souhaite équiper",
        "entend agrandir",
        "a commencé à rénover",
        "formera le personnel à entretenir",
        "cherche un financement pour remplacer",
        "assurera le suivi de",
        "veut raccorder",
        "est prête à livrer",
        "espère financer"
    };
    private static final String[] FR_OBJECTS = {
        "des panneaux solaires",
        "une pompe solaire",
        "des lampes solaires",
        "une citerne d'eau de pluie",
        "le centre de santé",
        "une maternité",
        "deux salles de classe",
        "l'école primaire",
        "un atelier de formation professionnelle",
        "un forage",
        "des latrines",
        "un mini-réseau électrique",
        "le dispensaire",
        "une salle informatique",
        "une chaîne du froid pour les vaccins",
        "l'irrigation goutte à goutte",
        "un grenier",
        "une cuisine communautaire",
        "des batteries solaires",
        "un réseau d'eau potable",
        "une clinique mobile",
        "des bancs d'école",
        "une bibliothèque",
        "un moulin à manioc",
        "une pépinière"
    };
    private static final String[] FR_BENEFICIARIES = {
        "pour 300 familles",
        "pour les élèves",
        "pour les femmes enceintes",
        "pour les agriculteurs des collines",
        "pour les jeunes déscolarisés",
        "pour 1 200 patients par mois",
        "pour tout le secteur",
        "pour les membres de la coopérative",
        "pour les enfants de moins de cinq ans",
        "pour les enseignants",
        "pour les migrants de retour",
        "pour les veuves et les orphelins"
    };
    private static final String[] FR_TIMES = {
        "avant la saison des pluies", "d'ici la fin de l'année", "en dix-huit mois", "pendant la saison sèche",
        "au printemps prochain", "en trois phases", "dès l'arrivée des fonds", "après la réunion communautaire",
        "au deuxième trimestre", "sur deux ans"
    };
    private static final String[] FR_EXTRAS = {
        "Le budget couvre l'équipement, le transport et la formation.",
        "L'entretien sera payé par une petite cotisation mensuelle.",
        "Le bureau du secteur a approuvé le site.",
        "Les accouchements de nuit sont impossibles sans lumière.",
        "Des techniciens locaux seront formés sur place.",
        "L'ancien groupe électrogène est tombé en panne deux fois l'an dernier.",
        "Les rapports de suivi seront partagés chaque trimestre.",
        "Les coupures d'électricité interrompent les soins plusieurs fois par semaine.",
        "La communauté apporte la main-d'œuvre et le terrain.",
        "Les maladies hydriques ont fortement baissé dans le village pilote.",
        "Les filles manquent l'école quand elles vont chercher l'eau au loin.",
        "L'installation solaire a besoin d'une clôture sûre.",
        "Le prix du gazole a encore augmenté ce mois-ci.",
        "Une université partenaire évaluera les résultats.",
        "Le maire a assisté au lancement avec les anciens."
    };

    private final Random random;

    SearchText(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    String place() {
        return pick(PLACES);
    }

    /** One sentence in that language ({@code en} or {@code fr}). */
    String sentence(String language) {
        boolean fr = "fr".equals(language);
        int shape = random.nextInt(5);
        if (shape == 0) {
            return pick(fr ? FR_EXTRAS : EN_EXTRAS);
        }
        String place = place();
        StringBuilder s = new StringBuilder();
        if (fr) {
            s.append(pick(FR_ACTORS))
                    .append(" de ")
                    .append(place)
                    .append(' ')
                    .append(pick(FR_VERBS))
                    .append(' ')
                    .append(pick(FR_OBJECTS))
                    .append(' ')
                    .append(pick(FR_BENEFICIARIES));
            if (random.nextBoolean()) {
                s.append(' ').append(pick(FR_TIMES));
            }
        } else {
            s.append(pick(EN_ACTORS))
                    .append(" in ")
                    .append(place)
                    .append(' ')
                    .append(pick(EN_VERBS))
                    .append(' ')
                    .append(pick(EN_OBJECTS))
                    .append(' ')
                    .append(pick(EN_BENEFICIARIES));
            if (random.nextBoolean()) {
                s.append(' ').append(pick(EN_TIMES));
            }
        }
        if (shape == 1) {
            int amount = 2_000 + random.nextInt(98) * 1_000;
            s.append(fr ? ", pour un coût de " + amount + " euros" : ", at a cost of " + amount + " euros");
        }
        return s.append('.').toString();
    }

    /** About {@code chars} characters of sentences, in paragraphs. */
    String text(String language, int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        int inParagraph = 0;
        while (text.length() < chars) {
            text.append(sentence(language));
            if (++inParagraph >= 3 + random.nextInt(4)) {
                text.append("\n\n");
                inParagraph = 0;
            } else {
                text.append(' ');
            }
        }
        return text.toString().strip();
    }

    /** A short title: an object and a place. */
    String title(String language) {
        String object = "fr".equals(language) ? pick(FR_OBJECTS) : pick(EN_OBJECTS);
        String title = Character.toUpperCase(object.charAt(0)) + object.substring(1);
        return title + ("fr".equals(language) ? " à " : " in ") + place();
    }

    String language() {
        return random.nextInt(5) < 3 ? "en" : "fr";
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
