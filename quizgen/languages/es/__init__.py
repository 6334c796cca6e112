"""Spanish."""

from .. import Language, LanguageProfile, closed_classes, words
from ..phrasing import Phrasing, numbers

PROFILE = LanguageProfile(
    code="es",
    name="Español",
    # No name lexicon of its own yet: the German one's place and first names (spelt alike).
    name_lexicon="de",
    title_abbreviations=words("Sr. Sra. Srta. Dr. Dra. núm. Av. Avda."),
    months=words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    sentence_starters=words(
        "el la los las un una unos unas él ella ellos ellas nosotros yo se este esta estos "
        "pero y o entonces en con después antes cuando si como su sus no"
    ),
    articles={"m": "el", "f": "la"},
    plural_article=None,
    # A feminine noun stressed on its first 'a' takes "el": "el agua", "el alma", "el área"
    # (written accent, or two syllables with the stress where Spanish puts it).
    article_forms=(("f", r"h?á|h?au?[^aeiouáéíóú]+[aeiou]+$", "el"),),
    gender_words={
        "el": "m", "la": "f", "un": "m", "una": "f", "del": "m", "al": "m", "este": "m",
        "esta": "f", "ese": "m", "esa": "f", "aquel": "m", "aquella": "f", "los": "m",
        "las": "f", "unos": "m", "unas": "f", "estos": "m", "estas": "f", "nuestro": "m",
        "nuestra": "f", "mucho": "m", "mucha": "f", "otro": "m", "otra": "f",
    },
    gender_endings=(
        ("ción", "f"), ("sión", "f"), ("dad", "f"), ("tad", "f"), ("tud", "f"),
        ("umbre", "f"), ("ema", "m"), ("ama", "m"), ("aje", "m"), ("o", "m"), ("a", "f"),
    ),
    forms_per_lemma=2.4,
    relatives=("fr", "es", "it", "pt", "ca", "ro"),
    credit_markers=("contribuyeron",),
    stop_lemmas=words("oh ah eh bueno"),
    speech_verbs=words("decir declarar explicar añadir afirmar anunciar responder preguntar"),
    function_words=closed_classes(
        DET="el la=el los=el las=el lo=el un=uno una=uno unos=uno unas=uno este esta=este "
            "estos=este estas=este ese esa=ese esos=ese esas=ese aquel aquella=aquel "
            "aquellos=aquel aquellas=aquel mi mis=mi tu tus=tu su sus=su nuestro "
            "nuestra=nuestro nuestros=nuestro nuestras=nuestro cada varios varias=varios "
            "algún=alguno alguna=alguno algunos=alguno algunas=alguno ningún=ninguno "
            "ninguna=ninguno todo toda=todo todos=todo todas=todo otro otra=otro otros=otro "
            "otras=otro mucho mucha=mucho muchos=mucho muchas=mucho poco pocos=poco pocas=poco "
            "tanto tanta=tanto tantos=tanto tantas=tanto cuyo cuya=cuyo cuyos=cuyo cuyas=cuyo",
        PRON="yo me=yo mí=yo tú te=tú ti=tú él ella=él ellos=él ellas=él le=él les=él se=él "
             "nosotros nosotras=nosotros nos=yo vosotros os=tú usted ustedes=usted que qué "
             "quien quienes=quien quién cual cuales=cual cuál esto eso aquello algo nada "
             "alguien nadie uno",
        ADP="a de en por para con sin sobre entre hacia hasta desde durante según contra "
            "bajo tras ante mediante al=a del=de",
        CCONJ="y e o u pero ni sino",
        SCONJ="si porque aunque cuando mientras como pues",
        ADV="no más menos muy tan también tampoco ya aún todavía siempre nunca donde dónde "
            "así además después antes luego ahora hoy ayer entonces allí aquí sólo solo cerca "
            "lejos dentro fuera",
    ),
    article_clitics=words("lo la los las"),
    before_verbs=words("me te se nos os le les lo no"),
    auxiliaries=words("ser poder deber"),
    helping_verbs=words("haber estar"),
    degree_adverbs=words("muy tan más menos demasiado bastante"),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta",
                        "tos", "tas", "cho", "cha", "chos", "chas"),
    gerund_endings=("ando", "iendo", "yendo"),
    ordinal_endings=("primero", "primera", "primeros", "primeras", "primer", "segundo",
                     "segunda", "segundos", "segundas", "tercero", "tercera", "tercer"),
    person_titles=words("presidente presidenta ministro ministra señor señora rey reina"),
    verb_endings=("ar", "er", "ir"),
    verb_form_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ó", "aron", "ieron",
                       "ando", "iendo", "rá", "rán"),
    adverb_endings=("mente",),
    adjective_endings=("oso", "osa", "ico", "ica", "able", "ible", "ivo", "iva", "ante", "ente"),
)

# How questions are worded, and the words that decide whether a sentence reads alone.
PHRASING = Phrasing(
    copulas=words("es son era eran fue fueron"),
    not_before="no",
    matching={
        "sie": "¿Qué título corresponde a cada párrafo? Relacione. Sobra algún título.",
        "du": "¿Qué título corresponde a cada párrafo? Relaciona. Sobra algún título.",
    },
    paragraph='Párrafo',
    and_word='y',
    context_words=words("él ella ellos ellas esto eso"),
    context_starts=words("entonces"),
    third_person=words("él ella ellos ellas"),
    who_said="¿Quién dijo: {quote}?",
    comparisons=words("como"),
    true_false_note="El texto dice: {text}",
    quote_marks=("«", "»"),
    number_words=numbers("dos tres cuatro cinco seis siete ocho nueve diez once doce"),
    place_prepositions=words("en desde a"),
    speech_forms=words("dijo dice declaró explicó añadió afirmó anunció respondió preguntó aseguró"),
)

# The worksheet's fixed words; templates look them up by key (`ui.word_bank`).
UI = {
    "example": "Ejemplo", "points": "Puntos", "points_short": "p.", "total": "Total",
    "level": "Nivel", "line": "l.", "key_file": "Soluciones", "check": "Comprobar",
    "right": "correcto", "wrong": "incorrecto", "explanation": "Por qué",
    "excerpt": "Fragmento: el comienzo del texto.",
    # the gap-fill line's "two words are left over", for two, three and four
    "left_over": "dos tres cuatro", "one_left_over": "Sobra una palabra.",
    "title_choice": "¿Qué dice el texto?", "title_true_false": "¿Verdadero o falso?",
    "title_true_false_not_given": "¿Verdadero, falso o no está en el texto?",
    "title_matching": "Relacionar", "title_order": "Orden",
    "name": "Nombre", "date": "Fecha", "class": "Clase", "source": "Fuente",
    "worksheet": "Hoja de trabajo", "teacher_version": "Versión del profesor",
    "gapfill": "Texto con huecos",
    "word_bank": "Banco de palabras",
    "questions": "Preguntas sobre el texto",
    "true": "verdadero", "false": "falso",
    "answer_key": "Soluciones", "gap": "Hueco", "word": "Palabra", "answer": "Respuesta",
    "page": "Página",
}

# Each worksheet section's one-line instruction, by register (formal, familiar).
FORMAL = {
    "gapfill": "Lea el texto. Complete los huecos con las palabras del banco, en la forma "
               "correcta. Sobran dos palabras.",
    "gapfill_no_bank": "Lea el texto. Complete cada hueco con una palabra adecuada.",
    "split": "Huecos a y b: una sola palabra en dos partes.",
    "choice": "Marque la respuesta correcta.",
    "true_false": "¿Verdadero o falso? Marque una casilla.",
    "true_false_not_given": "¿Verdadero, falso o no está en el texto? Marque una casilla.",
    "matching": "Relacione. Escriba la letra correcta en la casilla.",
    "order": "¿En qué orden lo cuenta el texto? Escriba 1, 2, 3 … en las casillas.",
    "matching_web": "Relacione. Elija la letra correcta en la lista.",
    "order_web": "¿En qué orden lo cuenta el texto? Elija 1, 2, 3 … en las listas.",
    "open": "Responda a las preguntas con frases completas.",
    "other": "Responda a las preguntas.",
}
FAMILIAR = {
    "gapfill": "Lee el texto. Completa los huecos con las palabras del banco, en la forma "
               "correcta. Sobran dos palabras.",
    "gapfill_no_bank": "Lee el texto. Completa cada hueco con una palabra adecuada.",
    "split": "Huecos a y b: una sola palabra en dos partes.",
    "choice": "Marca la respuesta correcta.",
    "true_false": "¿Verdadero o falso? Marca una casilla.",
    "true_false_not_given": "¿Verdadero, falso o no está en el texto? Marca una casilla.",
    "matching": "Relaciona. Escribe la letra correcta en la casilla.",
    "order": "¿En qué orden lo cuenta el texto? Escribe 1, 2, 3 … en las casillas.",
    "matching_web": "Relaciona. Elige la letra correcta en la lista.",
    "order_web": "¿En qué orden lo cuenta el texto? Elige 1, 2, 3 … en las listas.",
    "open": "Responde a las preguntas con frases completas.",
    "other": "Responde a las preguntas.",
}
INSTRUCTIONS = {"sie": FORMAL, "du": FAMILIAR}

LANGUAGE = Language(profile=PROFILE, phrasing=PHRASING, ui=UI, instructions=INSTRUCTIONS,
                    iso_639_3="spa")
