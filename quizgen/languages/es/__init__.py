"""Spanish."""

from .. import LanguageProfile, closed_classes, words

PROFILE = LanguageProfile(
    code="es",
    name="Español",
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
)
