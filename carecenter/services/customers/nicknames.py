"""Given names that stand for each other: the usual Italian and English short forms.

Each group is one person's name in its forms; the first is the full name. Written folded
(lower case, no accents), as ``duplicates.fold`` gives names.
"""

from __future__ import annotations

_GROUPS = (
    # Italian
    "giuseppe beppe peppe pino peppino bepi", "giovanni gianni nanni vanni giano",
    "francesco franco checco cecco francio", "salvatore toto turi salva",
    "antonio tonino toni totonno nino", "vincenzo enzo vince vincio",
    "alessandro sandro alex ale", "alessandra sandra ale alex",
    "roberto berto robi bob", "roberta robi berta", "massimo max massi",
    "massimiliano max massi", "maurizio mauri", "stefano ste teo", "matteo teo",
    "domenico mimmo memmo nico", "gaetano tano nino", "luigi gigi gino",
    "federico fede chicco", "federica fede", "filippo pippo filo", "leonardo leo nardo",
    "emanuele manu lele", "emanuela manu lela", "gabriele gabri lele",
    "gabriella gabri ella", "daniele dani lele", "daniela dani", "michele michi lele",
    "raffaele lello raffa", "raffaella lella raffa", "carmela carmen melina",
    "maria mariuccia mary marietta", "teresa tere teresina", "elisabetta betta elisa eli",
    "caterina cate rina", "francesca franca fra chicca", "giovanna gianna vanna",
    "giuseppina pina peppina giusy", "antonella anto nella", "antonietta anto tina",
    "margherita rita marghe", "rosaria rosa saretta", "annamaria anna",
    "cristina cri tina", "valentina vale tina", "simona simo", "simone simo",
    "beatrice bea bice", "lucia lu cia", "angela angelina lina", "paola paoletta",
    "nicola nico", "nicolo nico", "tommaso tommy maso", "riccardo ricky dado",
    "edoardo edo dado", "giacomo giacomino jack", "benedetta bene betta",
    "ludovica ludo vica", "rebecca becca", "vittoria vicky vitto",
    # English
    "william will bill billy liam", "robert rob bob bobby robbie", "richard rick dick richie",
    "james jim jimmy jamie", "john johnny jack", "margaret maggie meg peggy",
    "elizabeth liz lizzie beth betty eliza", "katherine kate katie kathy kat",
    "catherine kate katie cathy", "thomas tom tommy", "michael mike mikey mick",
    "christopher chris kit", "christine chris chrissy", "jennifer jen jenny",
    "patricia pat patty trish", "susan sue susie", "rebecca becky becca",
    "anthony tony", "edward ed eddie ted ned", "charles charlie chuck",
    "alexander alex alec sandy", "daniel dan danny", "matthew matt", "nicholas nick nicky",
    "benjamin ben benny", "samuel sam sammy", "samantha sam sammy", "joseph joe joey",
    "jonathan jon jonny", "stephen steve", "steven steve", "andrew andy drew",
    "victoria vicky tori", "jessica jess jessie", "deborah debbie deb", "abigail abby",
)

_GROUP_OF: dict[str, set[int]] = {}
for _n, _group in enumerate(_GROUPS):
    for _name in _group.split():
        _GROUP_OF.setdefault(_name, set()).add(_n)


def same_given_name(a: str, b: str) -> bool:
    """Whether two folded first names are forms of one name (``giuseppe``, ``pino``)."""
    return bool(_GROUP_OF.get(a, set()) & _GROUP_OF.get(b, set()))


def forms(name: str) -> set[str]:
    """The other forms of a folded first name (empty when it has none)."""
    out: set[str] = set()
    for n in _GROUP_OF.get(name, ()):
        out.update(_GROUPS[n].split())
    out.discard(name)
    return out
