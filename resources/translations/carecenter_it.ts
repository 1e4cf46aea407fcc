<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AskTraining</name>
    <message>
        <source>the decision {0} of {1}</source>
        <translation>la decisione {0} di {1}</translation>
    </message>
    <message>
        <source>the selected case</source>
        <translation>il caso selezionato</translation>
    </message>
    <message>
        <source>Select a case or a decision of the customer first.</source>
        <translation>Seleziona prima un caso o una decisione del cliente.</translation>
    </message>
    <message>
        <source>Asked: a supervisor will see it in the review.</source>
        <translation>Richiesta inviata: un supervisore la vedrà nella revisione.</translation>
    </message>
</context>
<context>
    <name>AskTrainingDialog</name>
    <message>
        <source>Ask for training</source>
        <translation>Chiedi formazione</translation>
    </message>
    <message>
        <source>About {0}. What would you like to learn or practise? Your supervisor sees it in the review.</source>
        <translation>Su {0}. Che cosa vorresti imparare o esercitare? Il tuo supervisore lo vede nella revisione.</translation>
    </message>
    <message>
        <source>For example: how far can I go on a late delivery the customer needed for a trip?</source>
        <translation>Per esempio: fin dove posso arrivare per una consegna in ritardo che serviva al cliente per un viaggio?</translation>
    </message>
    <message>
        <source>Ask  (Ctrl+Return)</source>
        <translation>Chiedi  (Ctrl+Invio)</translation>
    </message>
</context>
<context>
    <name>AuthorityMeter</name>
    <message>
        <source>{0} over {1}</source>
        <translation>{0} oltre {1}</translation>
    </message>
    <message>
        <source>{0} left of {1}</source>
        <translation>{0} disponibili su {1}</translation>
    </message>
    <message>
        <source>Your authority after this decision</source>
        <translation>La tua autonomia dopo questa decisione</translation>
    </message>
    <message>
        <source>This decision</source>
        <translation>Questa decisione</translation>
    </message>
    <message>
        <source>This customer, 30 days</source>
        <translation>Questo cliente, 30 giorni</translation>
    </message>
    <message>
        <source>You, today</source>
        <translation>Tu, oggi</translation>
    </message>
</context>
<context>
    <name>BannerStrip</name>
    <message>
        <source>low severity</source>
        <extracomment>a case category's name in the console's language (the cases feature's api gives it)</extracomment>
        <translation>gravità bassa</translation>
    </message>
    <message>
        <source>medium severity</source>
        <translation>gravità media</translation>
    </message>
    <message>
        <source>high severity</source>
        <translation>gravità alta</translation>
    </message>
    <message>
        <source>Marketing called {0}</source>
        <translation>Il marketing ha chiamato {0}</translation>
    </message>
    <message>
        <source>Marketing sent an SMS {0}</source>
        <translation>Il marketing ha inviato un SMS {0}</translation>
    </message>
    <message>
        <source>Marketing sent an e-mail {0}</source>
        <translation>Il marketing ha inviato un'e-mail {0}</translation>
    </message>
    <message>
        <source>Marketing sent a letter {0}</source>
        <translation>Il marketing ha spedito una lettera {0}</translation>
    </message>
    <message>
        <source>Marketing met the customer at the counter {0}</source>
        <translation>Il marketing ha incontrato il cliente al banco {0}</translation>
    </message>
    <message>
        <source>Marketing chatted with the customer {0}</source>
        <translation>Il marketing ha scritto in chat al cliente {0}</translation>
    </message>
    <message>
        <source>Marketing contacted the customer {0}</source>
        <translation>Il marketing ha contattato il cliente {0}</translation>
    </message>
    <message>
        <source>same phone {0}</source>
        <translation>stesso telefono {0}</translation>
    </message>
    <message>
        <source>same customer number {0}</source>
        <translation>stesso numero cliente {0}</translation>
    </message>
    <message>
        <source>same {0}</source>
        <translation>stesso {0}</translation>
    </message>
    <message>
        <source>Call back promised {0} — {1} min left</source>
        <translation>Richiamata promessa {0} — mancano {1} min</translation>
    </message>
    <message>
        <source>Do not call for marketing (since {0})</source>
        <translation>Non chiamare per marketing (dal {0})</translation>
    </message>
    <message>
        <source>Consent withdrawn: {0}</source>
        <translation>Consenso revocato: {0}</translation>
    </message>
    <message>
        <source>Open complaint: {0}, {1}, opened {2}</source>
        <translation>Reclamo aperto: {0}, {1}, aperto {2}</translation>
    </message>
    <message>
        <source> — {0}</source>
        <translation> — {0}</translation>
    </message>
    <message>
        <source>Possible duplicate: {0} (customer {1}), {2} — open to merge</source>
        <translation>Possibile doppione: {0} (cliente {1}), {2} — apri per unire</translation>
    </message>
    <message>
        <source>Changes to check after sync: {0}</source>
        <translation>Modifiche da verificare dopo la sincronizzazione: {0}</translation>
    </message>
    <message>
        <source>{0} — campaign {1} · offer {2} · {3}</source>
        <translation>{0} — campagna {1} · offerta {2} · {3}</translation>
    </message>
    <message>
        <source>Contacted on {0} ({1}); offer {2}.</source>
        <translation>Contattato il {0} ({1}); offerta {2}.</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (e altri {0})</translation>
    </message>
    <message>
        <source>Open promises: {0}, next due {1}</source>
        <translation>Promesse aperte: {0}, la prossima scade il {1}</translation>
    </message>
    <message>
        <source> — overdue: {0}</source>
        <translation> — scadute: {0}</translation>
    </message>
    <message>
        <source>Overdue follow-ups: {0}, oldest due {1}</source>
        <translation>Richiami scaduti: {0}, il più vecchio scadeva il {1}</translation>
    </message>
    <message>
        <source>Recent offers: {0}</source>
        <translation>Offerte recenti: {0}</translation>
    </message>
    <message>
        <source>Opened on {0}; open complaints in all: {1}.</source>
        <translation>Aperto il {0}; reclami aperti in tutto: {1}.</translation>
    </message>
    <message>
        <source>Next promise: {0}</source>
        <translation>Prossima promessa: {0}</translation>
    </message>
    <message>
        <source>Oldest reason: {0}</source>
        <translation>Motivo del più vecchio: {0}</translation>
    </message>
    <message>
        <source>Warning details</source>
        <translation>Dettagli dell'avviso</translation>
    </message>
    <message>
        <source>Details: click or {0}</source>
        <translation>Dettagli: clic o {0}</translation>
    </message>
    <message>
        <source>Open the detail of warning 1 to 9</source>
        <translation>Apri il dettaglio dell'avviso da 1 a 9</translation>
    </message>
    <message>
        <source>The Changes to check view is not part of this console yet.</source>
        <translation>La vista Modifiche da verificare non fa ancora parte di questa console.</translation>
    </message>
    <message>
        <source>Flagged by the hub as a possible duplicate: {0}</source>
        <translation>Segnalato dall'hub come possibile doppione: {0}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Severity: {0}</source>
        <translation>Gravità: {0}</translation>
    </message>
    <message>
        <source>opened {0}</source>
        <translation>aperto {0}</translation>
    </message>
    <message>
        <source>promise due {0}</source>
        <translation>promessa entro {0}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>last told: {0}</source>
        <translation>ultimo aggiornamento al cliente: {0}</translation>
    </message>
    <message>
        <source>closed {0}</source>
        <translation>chiuso {0}</translation>
    </message>
    <message>
        <source>with open steps: {0}</source>
        <translation>con passi aperti: {0}</translation>
    </message>
    <message>
        <source>reopens an earlier case</source>
        <translation>riapre un caso precedente</translation>
    </message>
    <message>
        <source>service charter cited: {0}</source>
        <translation>carta dei servizi citata: {0}</translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation>Nuovo caso  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Promise…  (Ctrl+P)</source>
        <translation>Promessa…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Chiudi caso…</translation>
    </message>
    <message>
        <source>Playbook  (F1)</source>
        <translation>Guida  (F1)</translation>
    </message>
    <message>
        <source>No case selected. Press Ctrl+N to open a case when something went wrong for the customer.</source>
        <translation>Nessun caso selezionato. Premere Ctrl+N per aprire un caso quando qualcosa è andato storto per il cliente.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Aprire prima un cliente.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <source>Record a &amp;promise…</source>
        <translation>Registra una &amp;promessa…</translation>
    </message>
    <message>
        <source>&amp;Tell the customer…</source>
        <translation>&amp;Informa il cliente…</translation>
    </message>
    <message>
        <source>&amp;Playbook of the case</source>
        <translation>&amp;Guida del caso</translation>
    </message>
    <message>
        <source>Search the play&amp;books…</source>
        <translation>Cerca nelle &amp;guide…</translation>
    </message>
    <message>
        <source>Open a new case for the customer</source>
        <translation>Aprire un nuovo caso per il cliente</translation>
    </message>
    <message>
        <source>Record a promise made to the customer</source>
        <translation>Registrare una promessa fatta al cliente</translation>
    </message>
    <message>
        <source>Tell the customer how the selected case goes (e-mail, SMS or copy)</source>
        <translation>Informa il cliente sull'andamento della pratica selezionata (e-mail, SMS o copia)</translation>
    </message>
    <message>
        <source>In a case's form (new case, promise, follow-up…): save it</source>
        <translation>Nel modulo di un caso (nuovo caso, promessa, richiamata…): salva</translation>
    </message>
    <message>
        <source>Show the playbook of the selected case</source>
        <translation>Mostrare la guida del caso selezionato</translation>
    </message>
    <message>
        <source>Search every playbook</source>
        <translation>Cercare in tutte le guide</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Seleziona prima una pratica.</translation>
    </message>
    <message>
        <source>Some checklist templates or playbooks could not be read; the shipped ones are used instead. Fix these files and restart:</source>
        <translation>Alcuni modelli di checklist o guide non sono leggibili; si usano quelli forniti. Correggere questi file e riavviare:</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Modelli di checklist</translation>
    </message>
</context>
<context>
    <name>ChangesToCheck</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Every desk has</source>
        <translation>Ogni postazione ha</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Chi e quando</translation>
    </message>
    <message>
        <source>Nothing to check: no change made at two desks at once waits for you.</source>
        <translation>Niente da controllare: nessuna modifica fatta in due postazioni insieme ti aspetta.</translation>
    </message>
    <message>
        <source>Changes made at two desks at once, where one had to lose. Keep what every desk has now, or restore what lost: it becomes the value on every desk.</source>
        <translation>Modifiche fatte in due postazioni insieme, dove una ha dovuto perdere. Tieni quello che ogni postazione ha ora, o ripristina quello perso: diventa il valore in ogni postazione.</translation>
    </message>
    <message>
        <source>Show the changes to check (made at two desks at once)</source>
        <translation>Mostra le modifiche da controllare (fatte in due postazioni insieme)</translation>
    </message>
    <message>
        <source>Changes to check: keep what every desk has</source>
        <translation>Modifiche da controllare: tieni quello che ogni postazione ha</translation>
    </message>
    <message>
        <source>Changes to check: restore what lost</source>
        <translation>Modifiche da controllare: ripristina quello perso</translation>
    </message>
    <message>
        <source>C&amp;hanges to check</source>
        <translation>&amp;Modifiche da controllare</translation>
    </message>
    <message>
        <source>Changes to check</source>
        <translation>Modifiche da controllare</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numero cliente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Negozio di riferimento</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Unito a</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Cliente eliminato</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Etichetta del telefono</translation>
    </message>
    <message>
        <source>Phone number removed</source>
        <translation>Numero di telefono rimosso</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail removed</source>
        <translation>E-mail rimossa</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kept, with the other desk's changes</source>
        <translation>Tenuto, con le modifiche dell’altra postazione</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Deleted here while changed elsewhere</source>
        <translation>Eliminato qui mentre altrove veniva modificato</translation>
    </message>
    <message>
        <source>Deleted at one desk while changed at another</source>
        <translation>Eliminato in una postazione mentre un’altra lo modificava</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>questa postazione</translation>
    </message>
    <message>
        <source>desk {0}</source>
        <translation>postazione {0}</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un’altra postazione</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Kept: {0} · Lost: {1}</source>
        <translation>Tenuto: {0} · Perso: {1}</translation>
    </message>
    <message>
        <source>Keep the customer  (Alt+K)</source>
        <translation>Tieni il cliente  (Alt+K)</translation>
    </message>
    <message>
        <source>Keep this value  (Alt+K)</source>
        <translation>Tieni questo valore  (Alt+K)</translation>
    </message>
    <message>
        <source>Delete again  (Alt+L)</source>
        <translation>Elimina di nuovo  (Alt+L)</translation>
    </message>
    <message>
        <source>Restore the lost value  (Alt+L)</source>
        <translation>Ripristina il valore perso  (Alt+L)</translation>
    </message>
    <message>
        <source>{0} ({1}) was deleted at {2} while {3} changed it. Sync kept the customer: keep it, or delete it again.</source>
        <translation>{0} ({1}) è stato eliminato in {2} mentre {3} lo modificava. La sincronizzazione ha tenuto il cliente: tienilo, o eliminalo di nuovo.</translation>
    </message>
    <message>
        <source>{0} of {1} ({2}) was changed at two desks at once. Every desk now has “{3}” ({4}); “{5}” ({6}) lost. Keep the value, or restore the one that lost.</source>
        <translation>{0} di {1} ({2}) è stato modificato in due postazioni insieme. Ora ogni postazione ha “{3}” ({4}); “{5}” ({6}) è stato perso. Tieni il valore, o ripristina quello perso.</translation>
    </message>
    <message>
        <source>This change was already settled (the kept value stays): the list is now up to date.</source>
        <translation>Questa modifica è già stata risolta (resta il valore tenuto): l’elenco ora è aggiornato.</translation>
    </message>
    <message>
        <source>This change was already settled (the lost value was restored): the list is now up to date.</source>
        <translation>Questa modifica è già stata risolta (il valore perso è stato ripristinato): l’elenco ora è aggiornato.</translation>
    </message>
    <message>
        <source>Only a team lead, or the agent whose value lost, may settle this change.</source>
        <translation>Solo un responsabile, o l’operatore il cui valore è stato perso, può risolvere questa modifica.</translation>
    </message>
    <message>
        <source>The record this change is about is not on this workstation yet: sync, then try again.</source>
        <translation>I dati di questa modifica non sono ancora su questa postazione: sincronizza, poi riprova.</translation>
    </message>
    <message>
        <source>This change is no longer here: the list is now up to date.</source>
        <translation>Questa modifica non c’è più: l’elenco ora è aggiornato.</translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>No clause holds “{0}”.</source>
        <translation>Nessuna clausola contiene «{0}».</translation>
    </message>
    <message>
        <source>Choose the clause to cite.</source>
        <translation>Scegli la clausola da citare.</translation>
    </message>
    <message>
        <source>Open the customer first: a clause is cited on their case or decision.</source>
        <translation>Apri prima il cliente: una clausola si cita in una sua pratica o decisione.</translation>
    </message>
    <message>
        <source>§{0} is cited on the case.</source>
        <translation>§{0} è citata nella pratica.</translation>
    </message>
    <message>
        <source>§{0} is cited on the decision.</source>
        <translation>§{0} è citata nella decisione.</translation>
    </message>
    <message>
        <source>Our promises and rules</source>
        <translation>Le nostre promesse e regole</translation>
    </message>
    <message>
        <source>Find a clause: type a word (late, refund, delivery…)</source>
        <translation>Cerca una clausola: scrivi una parola (ritardo, rimborso, consegna…)</translation>
    </message>
    <message>
        <source>Find a clause</source>
        <translation>Cerca una clausola</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clausole</translation>
    </message>
    <message>
        <source>The clause, to read to the customer</source>
        <translation>La clausola, da leggere al cliente</translation>
    </message>
    <message>
        <source>Language of the charter</source>
        <translation>Lingua delle promesse e regole</translation>
    </message>
    <message>
        <source>Case to cite the clause on</source>
        <translation>Caso su cui citare la clausola</translation>
    </message>
    <message>
        <source>Decision to cite the clause on</source>
        <translation>Decisione su cui citare la clausola</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>&amp;Pratica</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisione</translation>
    </message>
    <message>
        <source>Cite on the &amp;case</source>
        <translation>Cita nella pra&amp;tica</translation>
    </message>
    <message>
        <source>Cite on the d&amp;ecision</source>
        <translation>Cita nella d&amp;ecisione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close with open steps</source>
        <translation>Chiudi con passi aperti</translation>
    </message>
    <message>
        <source>These steps are not ticked. Closing anyway is recorded as an override; say why.</source>
        <translation>Questi passi non sono spuntati. La chiusura viene registrata come eccezione; indicarne il motivo.</translation>
    </message>
    <message>
        <source>e.g. the customer asked to close it now</source>
        <translation>es. il cliente ha chiesto di chiuderlo subito</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Chiudi il caso</translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>Da leggere</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Asked for training</source>
        <translation>Formazione chiesta</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>{0} (Enter opens it)</source>
        <translation>{0} (Invio per aprirlo)</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>in attesa di un supervisore</translation>
    </message>
    <message>
        <source>Approved by {0}</source>
        <translation>Approvato da {0}</translation>
    </message>
    <message>
        <source>Refused by {0}</source>
        <translation>Rifiutato da {0}</translation>
    </message>
    <message>
        <source>My coaching</source>
        <translation>Il mio coaching</translation>
    </message>
    <message>
        <source>Notes from your supervisors</source>
        <translation>Note dei tuoi supervisori</translation>
    </message>
    <message>
        <source>Your approval requests</source>
        <translation>Le tue richieste di approvazione</translation>
    </message>
    <message>
        <source>What you read and asked</source>
        <translation>Cosa hai letto e chiesto</translation>
    </message>
    <message>
        <source>Celebrated with the team</source>
        <translation>Festeggiati con il team</translation>
    </message>
    <message>
        <source>No notes yet. When a supervisor praises a decision or suggests something to try, it appears here.</source>
        <translation>Ancora nessuna nota. Quando un supervisore elogia una decisione o suggerisce qualcosa da provare, la trovi qui.</translation>
    </message>
    <message>
        <source>Week of {0} to {1}</source>
        <translation>Settimana dal {0} al {1}</translation>
    </message>
    <message>
        <source>decisions this week</source>
        <translation>decisioni questa settimana</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concessi</translation>
    </message>
    <message>
        <source>follow-ups satisfied</source>
        <translation>richiami con cliente soddisfatto</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>elogi</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>suggerimenti</translation>
    </message>
</context>
<context>
    <name>CompensateDialog</name>
    <message>
        <source>Compensate</source>
        <translation>Compensare</translation>
    </message>
    <message>
        <source>Write what was offered to the customer; it is kept as the note of the step.</source>
        <translation>Scrivere cosa è stato offerto al cliente; resta come nota del passo.</translation>
    </message>
    <message>
        <source>e.g. waived the 10 EUR delivery fee</source>
        <translation>es. stornato il costo di consegna di 10 EUR</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Offerto</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Phone calls</source>
        <translation>Telefonate</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Service contact</source>
        <translation>Contatti di servizio</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>una telefonata</translation>
    </message>
    <message>
        <source>the counter</source>
        <translation>il banco</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>un modulo</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>un'importazione</translation>
    </message>
    <message>
        <source>a logged contact</source>
        <translation>un contatto registrato</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>un'unione</translation>
    </message>
    <message>
        <source>an undone merge</source>
        <translation>un'unione annullata</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>granted on {0}</source>
        <translation>concesso il {0}</translation>
    </message>
    <message>
        <source>withdrawn on {0}</source>
        <translation>revocato il {0}</translation>
    </message>
    <message>
        <source>, from {0}</source>
        <translation>, da {0}</translation>
    </message>
    <message>
        <source>This customer no longer exists here (merged or deleted): open the customer again.</source>
        <translation>Questo cliente non esiste più qui (unito o eliminato): riaprire il cliente.</translation>
    </message>
    <message>
        <source>Choose a channel: phone calls, SMS, e-mail or post.</source>
        <translation>Scegliere un canale: telefonate, SMS, e-mail o posta.</translation>
    </message>
    <message>
        <source>Choose what the consent is for: marketing or service contact.</source>
        <translation>Scegliere a cosa serve il consenso: marketing o contatti di servizio.</translation>
    </message>
    <message>
        <source>Say where the consent comes from: a call, the counter, a form or an import.</source>
        <translation>Indicare da dove viene il consenso: una telefonata, il banco, un modulo o un'importazione.</translation>
    </message>
    <message>
        <source>The note is too long: {0} characters, at most {1}.</source>
        <translation>La nota è troppo lunga: {0} caratteri, al massimo {1}.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>What the customer agreed to, now:</source>
        <translation>A cosa ha acconsentito il cliente, oggi:</translation>
    </message>
    <message>
        <source>Record what the customer says:</source>
        <translation>Registrare cosa dice il cliente:</translation>
    </message>
    <message>
        <source>&amp;Grant: the customer agrees</source>
        <translation>&amp;Concedi: il cliente acconsente</translation>
    </message>
    <message>
        <source>&amp;Withdraw: the customer says no</source>
        <translation>&amp;Revoca: il cliente dice di no</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalità</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>for example: asked on the phone not to be called</source>
        <translation>per esempio: ha chiesto al telefono di non essere chiamato</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Open a customer first, then press {0}.</source>
        <translation>Aprire prima un cliente, poi premere {0}.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consenso registrato.</translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation>C&amp;onsensi…</translation>
    </message>
    <message>
        <source>Record the open customer's consent (grant or withdraw)</source>
        <translation>Registrare il consenso del cliente aperto (concessione o revoca)</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Outcome (1–9, Enter saves)</source>
        <translation>Esito (1–9, Invio salva)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Offer presented</source>
        <translation>Offerta presentata</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Richiamare il</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Digits 1 to 9 pick an outcome; Enter saves the contact.</source>
        <translation>Le cifre da 1 a 9 scelgono l'esito; Invio salva il contatto.</translation>
    </message>
    <message>
        <source>Agreed a call-back</source>
        <translation>Concordato un richiamo</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Unknown outcome {0}.</source>
        <translation>Esito sconosciuto {0}.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durata non può essere negativa.</translation>
    </message>
    <message>
        <source>The contact time needs a time zone.</source>
        <translation>L'ora del contatto richiede un fuso orario.</translation>
    </message>
    <message>
        <source>Unknown {0} {1}.</source>
        <translation>Valore sconosciuto per {0}: {1}.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>Un cliente non può essere unito a se stesso.</translation>
    </message>
    <message>
        <source>Say why these customers are the same person before merging them.</source>
        <translation>Spiega perché questi clienti sono la stessa persona prima di unirli.</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists.</source>
        <translation>Uno dei due clienti non esiste più.</translation>
    </message>
    <message>
        <source>One of the two customers is already merged into another.</source>
        <translation>Uno dei due clienti è già unito a un altro.</translation>
    </message>
    <message>
        <source>The kept customer is already part of the other one.</source>
        <translation>Il cliente mantenuto fa già parte dell'altro.</translation>
    </message>
    <message>
        <source>There is no such merge to undo.</source>
        <translation>Non esiste questa unione da annullare.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Questa unione è già stata annullata.</translation>
    </message>
    <message>
        <source>The merged customer has moved since; undo the later merge first.</source>
        <translation>Il cliente unito è stato spostato nel frattempo; annulla prima l'unione successiva.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a CSV file.</source>
        <translation>{0} è una cartella, non un file CSV.</translation>
    </message>
    <message>
        <source>{0} is empty; the first line must be a header naming the columns (at least {1}).</source>
        <translation>{0} è vuoto; la prima riga deve essere un'intestazione con i nomi delle colonne (almeno {1}).</translation>
    </message>
    <message>
        <source>{0} does not exist; check the file name.</source>
        <translation>{0} non esiste; controlla il nome del file.</translation>
    </message>
    <message>
        <source>{0} names the column {1} twice in its header; keep one and import it again.</source>
        <translation>{0} nomina due volte la colonna {1} nell'intestazione; tienine una e importalo di nuovo.</translation>
    </message>
    <message>
        <source>{0} is neither a CSV text file nor an .xlsx workbook; save it as CSV or .xlsx and import it again.</source>
        <translation>{0} non è né un file di testo CSV né una cartella di lavoro .xlsx; salvalo come CSV o .xlsx e importalo di nuovo.</translation>
    </message>
    <message>
        <source>{0} cannot be opened as an .xlsx workbook; open it in Excel, save it again as .xlsx (or CSV) and import it again.</source>
        <translation>{0} non si apre come cartella di lavoro .xlsx; aprilo in Excel, salvalo di nuovo come .xlsx (o CSV) e importalo di nuovo.</translation>
    </message>
    <message>
        <source>Sign in to the hub before recording work (Ctrl+Shift+U).</source>
        <translation>Accedi all'hub prima di registrare il lavoro (Ctrl+Maiusc+U).</translation>
    </message>
    <message>
        <source>Set the agent's name in the settings before recording work.</source>
        <translation>Imposta il nome dell'operatore nelle impostazioni prima di registrare il lavoro.</translation>
    </message>
    <message>
        <source>Unknown role {0}: use one of {1}.</source>
        <translation>Ruolo sconosciuto {0}: usa uno di questi: {1}.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents.</source>
        <translation>L'importo deve essere un numero intero di centesimi.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>L'importo non può essere negativo.</translation>
    </message>
    <message>
        <source>Amounts in {0} cannot be granted: the authority policy counts {1} only, so enter the amount in {1}.</source>
        <translation>Non si possono concedere importi in {0}: la politica di autonomia conta solo in {1}, quindi inserisci l'importo in {1}.</translation>
    </message>
    <message>
        <source>An override needs a written reason: say why this customer should have more than your authority allows.</source>
        <translation>Una deroga richiede una motivazione scritta: spiega perché questo cliente dovrebbe avere più di quanto la tua autonomia consente.</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {0} characters.</source>
        <translation>La motivazione è troppo lunga: resta sotto i {0} caratteri.</translation>
    </message>
    <message>
        <source>This amount is over your authority ({0}): ask a supervisor for approval, or override it with a written reason.</source>
        <translation>Questo importo supera la tua autonomia ({0}): chiedi l'approvazione a un supervisore, o deroga con una motivazione scritta.</translation>
    </message>
    <message>
        <source>This amount is over your authority ({0}) and your role may not override it: ask a supervisor for approval.</source>
        <translation>Questo importo supera la tua autonomia ({0}) e il tuo ruolo non consente di derogare: chiedi l'approvazione a un supervisore.</translation>
    </message>
    <message>
        <source>This agent is not known on this workstation: sync, or ask an administrator to add the agent.</source>
        <translation>Questo operatore non è noto su questa postazione: sincronizza, o chiedi a un amministratore di aggiungerlo.</translation>
    </message>
    <message>
        <source>This customer is not known on this workstation.</source>
        <translation>Questo cliente non è noto su questa postazione.</translation>
    </message>
    <message>
        <source>{0} is not in the remedy catalogue: choose a remedy from the list.</source>
        <translation>{0} non è nel catalogo dei rimedi: scegli un rimedio dall'elenco.</translation>
    </message>
    <message>
        <source>Only a supervisor can answer an approval request.</source>
        <translation>Solo un supervisore può rispondere a una richiesta di approvazione.</translation>
    </message>
    <message>
        <source>This decision is not known on this workstation.</source>
        <translation>Questa decisione non è nota su questa postazione.</translation>
    </message>
    <message>
        <source>This request is not waiting for an answer any more (it is {0}).</source>
        <translation>Questa richiesta non è più in attesa di risposta (stato: {0}).</translation>
    </message>
    <message>
        <source>Nobody can answer their own request: ask another supervisor.</source>
        <translation>Nessuno può rispondere alla propria richiesta: chiedi a un altro supervisore.</translation>
    </message>
    <message>
        <source>Say why the request is refused: the agent will read it.</source>
        <translation>Spiega perché la richiesta è rifiutata: l'operatore lo leggerà.</translation>
    </message>
    <message>
        <source>The note is too long: keep it under {0} characters.</source>
        <translation>La nota è troppo lunga: resta sotto i {0} caratteri.</translation>
    </message>
    <message>
        <source>This case is not one of this customer's cases.</source>
        <translation>Questo caso non è tra i casi di questo cliente.</translation>
    </message>
    <message>
        <source>The quantity of this remedy must be a whole number from 1 to {0}.</source>
        <translation>La quantità di questo rimedio deve essere un numero intero da 1 a {0}.</translation>
    </message>
    <message>
        <source>The service charter has no clause {0}: choose a clause from the charter.</source>
        <translation>La carta dei servizi non ha la clausola {0}: scegli una clausola della carta.</translation>
    </message>
    <message>
        <source>A clause is cited on one case or one decision of the customer.</source>
        <translation>Una clausola si cita in una pratica o in una decisione del cliente.</translation>
    </message>
    <message>
        <source>This decision is not one of this customer's decisions.</source>
        <translation>Questa decisione non è una delle decisioni di questo cliente.</translation>
    </message>
    <message>
        <source>A review note is a praise or a lesson.</source>
        <translation>Una nota di revisione è un elogio o un suggerimento.</translation>
    </message>
    <message>
        <source>Write the praise or the lesson: the note is empty.</source>
        <translation>Scrivi l'elogio o il suggerimento: la nota è vuota.</translation>
    </message>
    <message>
        <source>A review note is about one decision or one case.</source>
        <translation>Una nota di revisione riguarda una decisione o un caso.</translation>
    </message>
    <message>
        <source>Only a supervisor can write review notes.</source>
        <translation>Solo un supervisore può scrivere note di revisione.</translation>
    </message>
    <message>
        <source>This case is not known on this workstation.</source>
        <translation>Questo caso non è noto su questa postazione.</translation>
    </message>
    <message>
        <source>There is no case with id {0}.</source>
        <translation>Non esiste un caso con id {0}.</translation>
    </message>
    <message>
        <source>There is no checklist for the category "{0}"; choose one of: {1}.</source>
        <translation>Non esiste una checklist per la categoria "{0}"; scegline una tra: {1}.</translation>
    </message>
    <message>
        <source>The severity must be low, medium or high.</source>
        <translation>La gravità deve essere bassa, media o alta.</translation>
    </message>
    <message>
        <source>Write what happened, in the customer's words.</source>
        <translation>Scrivi cosa è successo, con le parole del cliente.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it to change its checklist.</source>
        <translation>Questo caso è chiuso; riaprilo per modificarne la checklist.</translation>
    </message>
    <message>
        <source>The case has no step "{0}".</source>
        <translation>Il caso non ha il passo "{0}".</translation>
    </message>
    <message>
        <source>Write in the note what was offered to the customer.</source>
        <translation>Scrivi nella nota cosa è stato offerto al cliente.</translation>
    </message>
    <message>
        <source>Choose when to follow up with the customer.</source>
        <translation>Scegli quando ricontattare il cliente.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Questo caso è già chiuso.</translation>
    </message>
    <message>
        <source>Steps were unticked meanwhile; give a reason to close the case.</source>
        <translation>Nel frattempo alcuni passi sono stati deselezionati; indica una motivazione per chiudere il caso.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Spiega perché il caso viene riaperto.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Solo un caso chiuso può essere riaperto.</translation>
    </message>
    <message>
        <source>There is no customer with id {0}.</source>
        <translation>Non esiste un cliente con id {0}.</translation>
    </message>
    <message>
        <source>There is no agent with id {0}.</source>
        <translation>Non esiste un operatore con id {0}.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due in the past; choose a later time.</source>
        <translation>Il richiamo non può scadere nel passato; scegli un orario successivo.</translation>
    </message>
    <message>
        <source>There is no follow-up with id {0}.</source>
        <translation>Non esiste un richiamo con id {0}.</translation>
    </message>
    <message>
        <source>Write what was promised to the customer.</source>
        <translation>Scrivi cosa è stato promesso al cliente.</translation>
    </message>
    <message>
        <source>That case belongs to another customer.</source>
        <translation>Quel caso appartiene a un altro cliente.</translation>
    </message>
    <message>
        <source>The reason of a follow-up must be promise, remedy_check or call_back.</source>
        <translation>Il motivo di un richiamo deve essere promise, remedy_check o call_back.</translation>
    </message>
    <message>
        <source>There is no decision with id {0}.</source>
        <translation>Non esiste una decisione con id {0}.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>Questo richiamo è già stato fatto.</translation>
    </message>
    <message>
        <source>Tick at least one follow-up or case to hand over.</source>
        <translation>Spunta almeno un richiamo o un caso da passare.</translation>
    </message>
    <message>
        <source>This work is already with that colleague: choose someone else.</source>
        <translation>Questo lavoro è già di quel collega: scegli qualcun altro.</translation>
    </message>
    <message>
        <source>This is a colleague's work: only she or a supervisor can hand it over.</source>
        <translation>Questo lavoro è di un collega: solo chi lo ha o un supervisore può passarlo ad altri.</translation>
    </message>
    <message>
        <source>Only a supervisor can share out a colleague's work.</source>
        <translation>Solo un supervisore può distribuire il lavoro di un collega.</translation>
    </message>
    <message>
        <source>Tick at least one colleague, or the team queue, to share the work with.</source>
        <translation>Spunta almeno un collega, o la coda del team, a cui distribuire il lavoro.</translation>
    </message>
    <message>
        <source>Only a lesson points to a playbook section: choose Lesson, or no section.</source>
        <translation>Solo un suggerimento rimanda a una sezione del playbook: scegli Suggerimento, o nessuna sezione.</translation>
    </message>
    <message>
        <source>Say what you would like to learn: the request is empty.</source>
        <translation>Scrivi che cosa vorresti imparare: la richiesta è vuota.</translation>
    </message>
    <message>
        <source>Ask for training from a case or a decision: select one first.</source>
        <translation>Chiedi formazione da un caso o da una decisione: selezionane prima uno.</translation>
    </message>
    <message>
        <source>This note does not point to a playbook section.</source>
        <translation>Questa nota non rimanda a una sezione del playbook.</translation>
    </message>
    <message>
        <source>Only a praise is celebrated with the team; a lesson stays between you two.</source>
        <translation>Solo un elogio si festeggia con il team; un suggerimento resta tra voi due.</translation>
    </message>
    <message>
        <source>The team already celebrates this praise.</source>
        <translation>Il team festeggia già questo elogio.</translation>
    </message>
    <message>
        <source>The outcome must be satisfied, not_satisfied or unreachable.</source>
        <translation>L'esito deve essere satisfied, not_satisfied o unreachable.</translation>
    </message>
    <message>
        <source>The window must end after it starts; choose a later end.</source>
        <translation>La fascia deve finire dopo l'inizio; scegli una fine più tarda.</translation>
    </message>
    <message>
        <source>A promised window lasts at most {0} hours; promise a shorter one.</source>
        <translation>Una fascia promessa dura al massimo {0} ore; prometti una fascia più breve.</translation>
    </message>
    <message>
        <source>Write what the customer is coming for.</source>
        <translation>Scrivi per che cosa viene il cliente.</translation>
    </message>
    <message>
        <source>What the customer is coming for is longer than {0} characters.</source>
        <translation>Il motivo della visita supera i {0} caratteri.</translation>
    </message>
    <message>
        <source>There is no appointment with id {0}.</source>
        <translation>Non esiste un appuntamento con id {0}.</translation>
    </message>
    <message>
        <source>This appointment is already {0}; it cannot become {1}.</source>
        <translation>Questo appuntamento è già {0}; non può diventare {1}.</translation>
    </message>
    <message>
        <source>There is no {0} message in language {1}.</source>
        <translation>Non esiste un messaggio {0} nella lingua {1}.</translation>
    </message>
    <message>
        <source>The customer refused service messages by {0}: copy the text or use another channel.</source>
        <translation>Il cliente ha rifiutato i messaggi di servizio via {0}: copia il testo o usa un altro canale.</translation>
    </message>
    <message>
        <source>The customer has no {0} on file: add one with Ctrl+E or copy the text.</source>
        <translation>Il cliente non ha {0} in anagrafica: aggiungilo con Ctrl+E o copia il testo.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>La campagna ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>The campaign name is longer than {0} characters.</source>
        <translation>Il nome della campagna supera i {0} caratteri.</translation>
    </message>
    <message>
        <source>The product code must be 1 to {0} characters.</source>
        <translation>Il codice prodotto deve avere da 1 a {0} caratteri.</translation>
    </message>
    <message>
        <source>The days before calling a customer again must be between {0} and {1}.</source>
        <translation>I giorni prima di richiamare un cliente devono essere tra {0} e {1}.</translation>
    </message>
    <message>
        <source>The most calls in 30 days must be 1 or more.</source>
        <translation>Il massimo di chiamate in 30 giorni deve essere 1 o più.</translation>
    </message>
    <message>
        <source>The most attempts must be 1 or more.</source>
        <translation>Il massimo di tentativi deve essere 1 o più.</translation>
    </message>
    <message>
        <source>A campaign named {0} already exists; choose another name.</source>
        <translation>Esiste già una campagna di nome {0}: scegli un altro nome.</translation>
    </message>
    <message>
        <source>There is no offer {0}; import the offers first.</source>
        <translation>Non c'è nessuna offerta {0}: importa prima le offerte.</translation>
    </message>
    <message>
        <source>Offer {0} is for product {1}, not {2}.</source>
        <translation>L'offerta {0} è per il prodotto {1}, non {2}.</translation>
    </message>
    <message>
        <source>There is no campaign named {0}; create it first.</source>
        <translation>Non c'è nessuna campagna di nome {0}: creala prima.</translation>
    </message>
    <message>
        <source>{0} could not be read to the end (not {1} text); the rows written so far are kept, fix the file and import it again to take the rest.</source>
        <translation>{0} non si è potuto leggere fino in fondo (non è testo {1}); le righe già scritte restano, correggi il file e importalo di nuovo per prendere il resto.</translation>
    </message>
    <message>
        <source>{0} could not be read to the end ({1}); the rows written so far are kept, fix the file and import it again to take the rest.</source>
        <translation>{0} non si è potuto leggere fino in fondo ({1}); le righe già scritte restano, correggi il file e importalo di nuovo per prendere il resto.</translation>
    </message>
    <message>
        <source>{0} has no column {1} (header read: "{2}"); nothing was imported.</source>
        <translation>{0} non ha la colonna {1} (intestazione letta: "{2}"); non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Reading {0} stopped unexpectedly (exit code {1}); the rows written so far are kept, import the file again to take the rest.</source>
        <translation>La lettura di {0} si è fermata all'improvviso (codice di uscita {1}); le righe già scritte restano, importa di nuovo il file per prendere il resto.</translation>
    </message>
    <message>
        <source>Reading {0} failed ({1}); the rows written so far are kept.</source>
        <translation>La lettura di {0} non è riuscita ({1}); le righe già scritte restano.</translation>
    </message>
    <message>
        <source>Unknown screen pop outcome {0}.</source>
        <translation>Esito di apertura scheda sconosciuto {0}.</translation>
    </message>
    <message>
        <source>A screen pop cannot take negative or endless time.</source>
        <translation>L'apertura di una scheda non può durare un tempo negativo o infinito.</translation>
    </message>
    <message>
        <source>{0} could not be read to the end (not {1} text after line {2}); the rows written so far are kept, fix the file and import it again to take the rest.</source>
        <translation>{0} non si è potuto leggere fino in fondo (non è testo {1} dopo la riga {2}); le righe già scritte restano, correggi il file e importalo di nuovo per prendere il resto.</translation>
    </message>
    <message>
        <source>{0} has no columns {1} (header read: "{2}"); nothing was imported.</source>
        <translation>{0} non ha le colonne {1} (intestazione letta: "{2}"); non è stato importato nulla.</translation>
    </message>
    <message>
        <source>{0} has no column {1} (header read: "{2}"); columns must be separated by commas or semicolons; nothing was imported.</source>
        <translation>{0} non ha la colonna {1} (intestazione letta: "{2}"); le colonne vanno separate da virgole o punti e virgola; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>{0} has no columns {1} (header read: "{2}"); columns must be separated by commas or semicolons; nothing was imported.</source>
        <translation>{0} non ha le colonne {1} (intestazione letta: "{2}"); le colonne vanno separate da virgole o punti e virgola; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This amount is over your authority ({0}): ask a supervisor for approval.</source>
        <translation>Questo importo supera la tua autonomia ({0}): chiedi l'approvazione a un supervisore.</translation>
    </message>
    <message>
        <source>per decision</source>
        <translation>per decisione</translation>
    </message>
    <message>
        <source>per customer in 30 days</source>
        <translation>per cliente in 30 giorni</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>al giorno</translation>
    </message>
    <message>
        <source>none is loaded</source>
        <translation>nessuna è caricata</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Book an appointment</source>
        <translation>Prenota un appuntamento</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>e.g. swap the faulty modem</source>
        <translation>es. sostituire il modem guasto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;How long</source>
        <translation>&amp;Durata</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Waiting {0} min past the slot</source>
        <translation>In attesa da {0} min oltre l'orario</translation>
    </message>
    <message>
        <source>Arrived {0}</source>
        <translation>Arrivato alle {0}</translation>
    </message>
    <message>
        <source>Seen {0}</source>
        <translation>Servito alle {0}</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Non si è presentato</translation>
    </message>
    <message>
        <source>Expected — {0} min late</source>
        <translation>Atteso — in ritardo di {0} min</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>Today: {0} booked · {1} still expected · {2} waiting past their slot</source>
        <translation>Oggi: {0} prenotati · {1} ancora attesi · {2} in attesa oltre l'orario</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Appuntamenti di oggi</translation>
    </message>
    <message>
        <source>&amp;Appointments today</source>
        <translation>&amp;Appuntamenti di oggi</translation>
    </message>
    <message>
        <source>Show the day's counter appointments (Ctrl+B book, Ctrl+I check in, Ctrl+D seen)</source>
        <translation>Mostra gli appuntamenti al banco di oggi (Ctrl+B prenota, Ctrl+I arrivato, Ctrl+D servito)</translation>
    </message>
    <message>
        <source>Book for this customer…  (Ctrl+B)</source>
        <translation>Prenota per questo cliente…  (Ctrl+B)</translation>
    </message>
    <message>
        <source>Check in  (Ctrl+I)</source>
        <translation>Arrivato  (Ctrl+I)</translation>
    </message>
    <message>
        <source>Seen  (Ctrl+D)</source>
        <translation>Servito  (Ctrl+D)</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non presentato</translation>
    </message>
    <message>
        <source>Open the customer first: the appointment is booked for the customer shown.</source>
        <translation>Apri prima il cliente: l'appuntamento viene prenotato per il cliente mostrato.</translation>
    </message>
    <message>
        <source>{0} is expected at {1}.</source>
        <translation>{0} è atteso alle {1}.</translation>
    </message>
</context>
<context>
    <name>CountsButton</name>
    <message>
        <source>Follow-ups: {0} overdue · {1} today</source>
        <translation>Richiami: {0} scaduti · {1} oggi</translation>
    </message>
    <message>
        <source>Your open follow-ups (Ctrl+Shift+F): {0} upcoming later</source>
        <translation>I tuoi richiami aperti (Ctrl+Maiusc+F): {0} in seguito</translation>
    </message>
</context>
<context>
    <name>CustomerHeaderWidget</name>
    <message>
        <source>Customer {0}</source>
        <translation>Cliente {0}</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Negozio di riferimento</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>nessun numero di telefono</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>nessuna email</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) in total</source>
        <translation>
            <numerusform>%Ln contatto in tutto</numerusform>
            <numerusform>%Ln contatti in tutto</numerusform>
        </translation>
    </message>
    <message>
        <source>Also shows the history of merged records: {0}</source>
        <translation>Mostra anche lo storico delle schede unite: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation>Questo cliente non è più nell’archivio.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Every contact with the customer, newest first</source>
        <translation>Ogni contatto con il cliente, dal più recente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Sections of the customer</source>
        <translation>Sezioni del cliente</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Nessun contatto corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No contacts with this customer yet.</source>
        <translation>Ancora nessun contatto con questo cliente.</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Motivazione: {0}</translation>
    </message>
    <message>
        <source>Service charter cited: {0}</source>
        <translation>Carta dei servizi citata: {0}</translation>
    </message>
    <message>
        <source>Granted in the last 30 days: {0}</source>
        <translation>Concesso negli ultimi 30 giorni: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>%Ln in attesa di approvazione</numerusform>
            <numerusform>%Ln in attesa di approvazione</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant a remedy…</source>
        <translation>Concedi un rimedio…</translation>
    </message>
    <message>
        <source>Ask for training…</source>
        <translation>Chiedi formazione…</translation>
    </message>
    <message>
        <source>No decisions for this customer yet.
Press {0} to grant a remedy.</source>
        <translation>Ancora nessuna decisione per questo cliente.
Premi {0} per concedere un rimedio.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>In &amp;2 hours</source>
        <translation>Tra &amp;2 ore</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 10:00</source>
        <translation>&amp;Domani 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday 10:00</source>
        <translation>&amp;Venerdì 10:00</translation>
    </message>
</context>
<context>
    <name>EditCustomer</name>
    <message>
        <source>Open a customer first, then press Ctrl+E.</source>
        <translation>Apri prima un cliente, poi premi Ctrl+E.</translation>
    </message>
    <message>
        <source>Customer record saved.</source>
        <translation>Scheda del cliente salvata.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>&amp;Edit the customer…</source>
        <translation>&amp;Modifica il cliente…</translation>
    </message>
    <message>
        <source>Edit the open customer's record</source>
        <translation>Modifica la scheda del cliente aperto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Telefono principale</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Main email</source>
        <translation>Email principale</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numero civico</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Negozio di riferimento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Give a first name, a last name or a company.</source>
        <translation>Indica un nome, un cognome o un'azienda.</translation>
    </message>
    <message>
        <source>{0} is too long: keep it to {1} characters.</source>
        <translation>{0}: testo troppo lungo, al massimo {1} caratteri.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number.</source>
        <translation>«{0}» non è un numero di telefono.</translation>
    </message>
    <message>
        <source>“{0}” is not an email address.</source>
        <translation>«{0}» non è un indirizzo email.</translation>
    </message>
    <message>
        <source>“{0}” is not a tier.</source>
        <translation>«{0}» non è un livello.</translation>
    </message>
    <message>
        <source>“{0}” is not a language code.</source>
        <translation>«{0}» non è un codice di lingua.</translation>
    </message>
    <message>
        <source>“{0}” is not an Italian postcode: it has five digits, like 20121.</source>
        <translation>«{0}» non è un CAP italiano: ha cinque cifre, come 20121.</translation>
    </message>
    <message>
        <source>“{0}” is not a postcode.</source>
        <translation>«{0}» non è un codice postale.</translation>
    </message>
    <message>
        <source>“{0}” is not an Italian province: write its two letters, like MI or RM.</source>
        <translation>«{0}» non è una provincia italiana: scrivi la sigla di due lettere, come MI o RM.</translation>
    </message>
    <message>
        <source>“{0}” is not a country: write its two-letter code, like IT or GB.</source>
        <translation>«{0}» non è un paese: scrivi il codice di due lettere, come IT o GB.</translation>
    </message>
    <message>
        <source>An address needs a street, a postcode and a town.</source>
        <translation>Un indirizzo ha bisogno di via, CAP e comune.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation>La data di nascita non può essere nel futuro né prima del 1900.</translation>
    </message>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation>Questo cliente non è più nell'archivio.</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>Modifica della scheda</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>Modifiche della scheda</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>The birth date “{0}” is not a date: write it as 31/12/1980.</source>
        <translation>La data di nascita «{0}» non è una data: scrivila come 31/12/1980.</translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation>Modifica il cliente</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>A&amp;zienda</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telefoni</translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>&amp;Via</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>N&amp;umero civico</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>C&amp;AP</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>C&amp;omune</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>P&amp;rovincia</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pae&amp;se</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>L&amp;ingua</translation>
    </message>
    <message>
        <source>Home &amp;store</source>
        <translation>Ne&amp;gozio di riferimento</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <source>any format, separated by commas; the first is the main one</source>
        <translation>qualsiasi formato, separati da virgole; il primo è il principale</translation>
    </message>
    <message>
        <source>separated by commas; the first is the main one</source>
        <translation>separati da virgole; il primo è il principale</translation>
    </message>
    <message>
        <source>MI, RM… (in Italy)</source>
        <translation>MI, RM… (in Italia)</translation>
    </message>
    <message>
        <source>IT, GB… (empty: IT)</source>
        <translation>IT, GB… (vuoto: IT)</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Team</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <source>Only the changes of the customer's record: who changed which field, from which desk</source>
        <translation>Solo le modifiche della scheda del cliente: chi ha cambiato quale campo, da quale postazione</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>There is no store at {0}: open the console without --db, or create one with carecenter init.</source>
        <translation>Non c'è nessun archivio in {0}: apri la console senza --db, oppure creane uno con carecenter init.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a store: give the store's file with --db.</source>
        <translation>{0} è una cartella, non un archivio: indica con --db il file dell'archivio.</translation>
    </message>
    <message>
        <source>The store {0} cannot be written (it or its folder is read-only): ask for write permission.</source>
        <translation>L'archivio {0} non si può scrivere (il file o la sua cartella è in sola lettura): chiedi il permesso di scrittura.</translation>
    </message>
    <message>
        <source>The store {0} is in use by another program: close it, then start the console again.</source>
        <translation>L'archivio {0} è in uso da un altro programma: chiudilo, poi riavvia la console.</translation>
    </message>
    <message>
        <source>The disk holding {0} is full: free some space, then start the console again.</source>
        <translation>Il disco che contiene {0} è pieno: libera spazio, poi riavvia la console.</translation>
    </message>
    <message>
        <source>The store {0} cannot be opened: check that its folder exists and can be written.</source>
        <translation>L'archivio {0} non si può aprire: controlla che la sua cartella esista e sia scrivibile.</translation>
    </message>
    <message>
        <source>The store {0} is encrypted and this computer's keyring holds no key for it: open it where it was made, or restore a backup made here.</source>
        <translation>L'archivio {0} è cifrato e il portachiavi di questo computer non ne ha la chiave: aprilo sul computer dove è stato creato, oppure ripristina un backup fatto qui.</translation>
    </message>
    <message>
        <source>The store {0} is encrypted and this computer has no keyring: start the console again and give its passphrase.</source>
        <translation>L'archivio {0} è cifrato e questo computer non ha un portachiavi: riavvia la console e inserisci la sua passphrase.</translation>
    </message>
    <message>
        <source>The passphrase does not open the encrypted store {0}; it was left untouched: start the console again and give the right one.</source>
        <translation>La passphrase non apre l'archivio cifrato {0}, che non è stato modificato: riavvia la console e inserisci quella giusta.</translation>
    </message>
    <message>
        <source>CareCenter: first start</source>
        <translation>CareCenter: primo avvio</translation>
    </message>
    <message>
        <source>There is no store at {0} yet.</source>
        <translation>Non c'è ancora nessun archivio in {0}.</translation>
    </message>
    <message>
        <source>Create a new, empty store there? If the path is wrong, quit and start the console with --db and the store's file.</source>
        <translation>Creare lì un archivio nuovo e vuoto? Se il percorso è sbagliato, esci e avvia la console con --db e il file dell'archivio.</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Crea archivio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Pianifica un richiamo</translation>
    </message>
    <message>
        <source>Somebody calls the customer back to check they are satisfied.</source>
        <translation>Qualcuno richiama il cliente per verificare che sia soddisfatto.</translation>
    </message>
    <message>
        <source>What to check (optional)</source>
        <translation>Cosa verificare (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnato a</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>{0} overdue · {1} due today · {2} upcoming</source>
        <translation>{0} scaduti · {1} in scadenza oggi · {2} prossimi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handed over.</source>
        <translation>
            <numerusform>%Ln passato a un collega.</numerusform>
            <numerusform>%Ln passati a un collega.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up. Well done.</source>
        <translation>Nessun richiamo da fare. Ottimo lavoro.</translation>
    </message>
    <message>
        <source>The promised window ended at {0}: apologise, act at once and call back — Ctrl+R opens the recovery steps on its case.</source>
        <translation>La fascia promessa è finita alle {0}: scusati, agisci subito e richiama — Ctrl+R apre i passi di recupero sulla sua pratica.</translation>
    </message>
    <message>
        <source>Call-back window missed ({0}): {1}</source>
        <translation>Fascia di richiamata mancata ({0}): {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation>&amp;Non soddisfatto</translation>
    </message>
    <message>
        <source>The customer is not satisfied: the case was reopened.</source>
        <translation>Il cliente non è soddisfatto: il caso è stato riaperto.</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Miei</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Open customer  (Enter)</source>
        <translation>Apri cliente  (Invio)</translation>
    </message>
    <message>
        <source>Done…  (Ctrl+D)</source>
        <translation>Fatto…  (Ctrl+D)</translation>
    </message>
    <message>
        <source>Recover…  (Ctrl+R)</source>
        <translation>Recupera…  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Hand over…  (Ctrl+Shift+H)</source>
        <translation>Passa a un collega…  (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Richiami</translation>
    </message>
    <message>
        <source>Show my follow-ups and the team's queue</source>
        <translation>Mostrare i miei richiami e la coda del team</translation>
    </message>
    <message>
        <source>Mark the highlighted follow-up done</source>
        <translation>Segnare come fatto il richiamo evidenziato</translation>
    </message>
    <message>
        <source>Recovery steps for a missed call-back window</source>
        <translation>Passi di recupero per una fascia di richiamata mancata</translation>
    </message>
    <message>
        <source>Hand follow-ups and cases over to a colleague</source>
        <translation>Passa richiami e casi a un collega</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>{0} giorni fa</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} ore</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} giorni</translation>
    </message>
    <message>
        <source>{0} today</source>
        <translation>{0} oggi</translation>
    </message>
    <message>
        <source>{0} tomorrow</source>
        <translation>{0} domani</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant a remedy to {0}</source>
        <translation>Concedi un rimedio a {0}</translation>
    </message>
    <message>
        <source>The meter counts what every desk granted.</source>
        <translation>L'indicatore conta quanto hanno concesso tutte le postazioni.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: the meter counts only what this computer knows.</source>
        <translation>L'hub non è raggiungibile: l'indicatore conta solo quanto sa questo computer.</translation>
    </message>
    <message>
        <source>The remedy catalogue is still loading: wait a moment.</source>
        <translation>Il catalogo dei rimedi si sta ancora caricando: attendi un momento.</translation>
    </message>
    <message>
        <source>Choose a remedy from the list.</source>
        <translation>Scegli un rimedio dall'elenco.</translation>
    </message>
    <message>
        <source>Enter the amount of the remedy.</source>
        <translation>Inserisci l'importo del rimedio.</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {0} characters.</source>
        <translation>La motivazione è troppo lunga: resta sotto i {0} caratteri.</translation>
    </message>
    <message>
        <source>An override needs a written reason: say why this customer should have more than your authority allows.</source>
        <translation>Una deroga richiede una motivazione scritta: spiega perché questo cliente dovrebbe avere più di quanto la tua autonomia consente.</translation>
    </message>
    <message>
        <source>Your role may not go over a limit: ask a supervisor for approval.</source>
        <translation>Il tuo ruolo non consente di superare un limite: chiedi l'approvazione a un supervisore.</translation>
    </message>
    <message>
        <source>Asked a supervisor to approve {0} of {1} for {2}: you will see the answer here.</source>
        <translation>Chiesta a un supervisore l'approvazione di {0} di {1} per {2}: vedrai qui la risposta.</translation>
    </message>
    <message>
        <source>Asked a supervisor to approve {0} ({1}) for {2}: you will see the answer here.</source>
        <translation>Chiesta a un supervisore l'approvazione di {0} ({1}) per {2}: vedrai qui la risposta.</translation>
    </message>
    <message>
        <source>Granted {0} ({1}) to {2} over your limit, with your reason.</source>
        <translation>Concesso {0} ({1}) a {2} oltre il tuo limite, con la tua motivazione.</translation>
    </message>
    <message>
        <source>Granted {0} ({1}) to {2}; a follow-up will ask whether it worked.</source>
        <translation>Concesso {0} ({1}) a {2}; un ricontatto verificherà se ha funzionato.</translation>
    </message>
    <message>
        <source>Granted {0} of {1} to {2} over your limit, with your reason; a follow-up will ask whether it worked.</source>
        <translation>Concesso {0} di {1} a {2} oltre il tuo limite, con la tua motivazione; un richiamo verificherà se ha funzionato.</translation>
    </message>
    <message>
        <source>Granted {0} of {1} to {2}; a follow-up will ask whether it worked.</source>
        <translation>Concesso {0} di {1} a {2}; un richiamo verificherà se ha funzionato.</translation>
    </message>
    <message>
        <source>Grant a remedy</source>
        <translation>Concedi un rimedio</translation>
    </message>
    <message>
        <source>&amp;Remedy</source>
        <translation>&amp;Rimedio</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivazione</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>What happened, and why this remedy. Needed to override a limit; a supervisor reads it with an approval request.</source>
        <translation>Cosa è successo e perché questo rimedio. Necessaria per derogare a un limite; un supervisore la legge con la richiesta di approvazione.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Concedi</translation>
    </message>
    <message>
        <source>Grant at once (Ctrl+Enter)</source>
        <translation>Concedi subito (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation>Chiedi a&amp;pprovazione</translation>
    </message>
    <message>
        <source>Queue the request for a supervisor; it waits offline too (Ctrl+Enter)</source>
        <translation>Metti in coda la richiesta per un supervisore; resta in attesa anche offline (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>&amp;Override with reason</source>
        <translation>&amp;Deroga con motivazione</translation>
    </message>
    <message>
        <source>Grant over your limit now; the reason goes to your supervisor's review</source>
        <translation>Concedi ora oltre il tuo limite; la motivazione va alla revisione del tuo supervisore</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>{0} — {1} open follow-ups, {2} open cases</source>
        <translation>{0} — {1} richiami aperti, {2} casi aperti</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Passa a un collega</translation>
    </message>
    <message>
        <source>Tick what a colleague should take on; your note tells her where it stands.</source>
        <translation>Spunta ciò che un collega deve prendere in carico; la tua nota gli dice a che punto è.</translation>
    </message>
    <message>
        <source>The team queue</source>
        <translation>La coda del team</translation>
    </message>
    <message>
        <source>&amp;Hand to</source>
        <translation>&amp;Passa a</translation>
    </message>
    <message>
        <source>&amp;Note for the colleague</source>
        <translation>&amp;Nota per il collega</translation>
    </message>
    <message>
        <source>Hand over  (Ctrl+Return)</source>
        <translation>Passa  (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Your open follow-ups and cases</source>
        <translation>I tuoi richiami e casi aperti</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Holdings (products owned)</source>
        <translation>Prodotti posseduti</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file</source>
        <translation>Scegli il file CSV o Excel</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>File CSV o Excel (*.csv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Scegli il file da importare.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importazione di {0}…</translation>
    </message>
    <message>
        <source>{0} rows read…</source>
        <translation>{0} righe lette…</translation>
    </message>
    <message>
        <source>Import cancelled. The rows written so far are kept; import the same file again to take the rest.</source>
        <translation>Importazione annullata. Le righe già scritte restano; importa di nuovo lo stesso file per prendere le altre.</translation>
    </message>
    <message>
        <source>{0} rows read: {1} imported, {2} already there, {3} rejected.</source>
        <translation>{0} righe lette: {1} importate, {2} già presenti, {3} scartate.</translation>
    </message>
    <message>
        <source>Read as {0} text.</source>
        <translation>Letto come testo {0}.</translation>
    </message>
    <message>
        <source>Times without an offset were taken as local time ({0}).</source>
        <translation>Gli orari senza fuso sono stati presi come ora locale ({0}).</translation>
    </message>
    <message>
        <source>Unknown columns ignored: {0}.</source>
        <translation>Colonne sconosciute ignorate: {0}.</translation>
    </message>
    <message>
        <source>The rejected rows are also in {0}.</source>
        <translation>Le righe scartate sono anche in {0}.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Cosa importare</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>A CSV or .xlsx file; Browse… picks one.</source>
        <translation>Un file CSV o .xlsx; Sfoglia… ne sceglie uno.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Perché è stata scartata</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import customers, contacts, holdings or offers</source>
        <translation>Importa clienti, contatti, prodotti posseduti o offerte</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>{column} is empty</source>
        <translation>{column} è vuoto</translation>
    </message>
    <message>
        <source>{column} is longer than {0} characters</source>
        <translation>{column} supera {0} caratteri</translation>
    </message>
    <message>
        <source>{column} “{value}” is not one of {0}</source>
        <translation>{column} «{value}» non è uno tra {0}</translation>
    </message>
    <message>
        <source>language “{value}” is not a two-letter language code like it or en</source>
        <translation>la lingua «{value}» non è un codice di due lettere come it o en</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date like 31/12/1980 or 1980-12-31</source>
        <translation>{column} «{value}» non è una data come 31/12/1980 o 1980-12-31</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date and time like 05/12/2026 14:30 or 2026-12-05T14:30</source>
        <translation>{column} «{value}» non è una data e ora come 05/12/2026 14:30 o 2026-12-05T14:30</translation>
    </message>
    <message>
        <source>{column} “{value}” is before {0}</source>
        <translation>{column} «{value}» è prima del {0}</translation>
    </message>
    <message>
        <source>{column} “{value}” is more than a day in the future</source>
        <translation>{column} «{value}» è nel futuro di oltre un giorno</translation>
    </message>
    <message>
        <source>{column} holds a control character ({0}), which no text may hold</source>
        <translation>{column} contiene un carattere di controllo ({0}), che nessun testo può contenere</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of 0 or more</source>
        <translation>{column} «{value}» non è un numero intero pari o superiore a 0</translation>
    </message>
    <message>
        <source>{column} “{value}” is not an amount in euro like 12.50</source>
        <translation>{column} «{value}» non è un importo in euro come 12,50</translation>
    </message>
    <message>
        <source>phone “{value}” is not a phone number (region {0})</source>
        <translation>il telefono «{value}» non è un numero di telefono (regione {0})</translation>
    </message>
    <message>
        <source>email “{value}” is not an e-mail address</source>
        <translation>l'e-mail «{value}» non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>{column} {value} is before valid_from {0}</source>
        <translation>{column} {value} è prima di valid_from {0}</translation>
    </message>
    <message>
        <source>unknown customer_ref {value}</source>
        <translation>customer_ref {value} sconosciuto</translation>
    </message>
    <message>
        <source>unknown campaign {value} (create it first)</source>
        <translation>campagna {value} sconosciuta (creala prima)</translation>
    </message>
    <message>
        <source>unknown offer {value} (import the offers first)</source>
        <translation>offerta {value} sconosciuta (importa prima le offerte)</translation>
    </message>
    <message>
        <source>{column} {value} already exists with different data</source>
        <translation>{column} {value} esiste già con dati diversi</translation>
    </message>
    <message>
        <source>{column} {value} appears again with different data (first on line {0})</source>
        <translation>{column} {value} compare di nuovo con dati diversi (la prima volta alla riga {0})</translation>
    </message>
    <message>
        <source>not valid CSV ({value})</source>
        <translation>CSV non valido ({value})</translation>
    </message>
    <message>
        <source>has {0} fields where the header has {1}</source>
        <translation>ha {0} campi dove l'intestazione ne ha {1}</translation>
    </message>
</context>
<context>
    <name>LikelyMatches</name>
    <message>
        <source>This customer is probably already in the store ({0}). Open the existing customer, or save anyway if it is somebody else.</source>
        <translation>Questo cliente è probabilmente già in archivio ({0}). Apri il cliente esistente, o salva comunque se è un'altra persona.</translation>
    </message>
    <message>
        <source>This customer may already be in the store ({0}). Open the existing customer, or save anyway if it is somebody else.</source>
        <translation>Questo cliente potrebbe essere già in archivio ({0}). Apri il cliente esistente, o salva comunque se è un'altra persona.</translation>
    </message>
    <message>
        <source>Others have this name: ask for the birth date or the address to tell them apart.</source>
        <translation>Altri hanno questo nome: chiedi la data di nascita o l'indirizzo per distinguerli.</translation>
    </message>
    <message>
        <source>Others have this name: ask for the birth date to tell them apart.</source>
        <translation>Altri hanno questo nome: chiedi la data di nascita per distinguerli.</translation>
    </message>
    <message>
        <source>&amp;Open the existing customer</source>
        <translation>A&amp;pri il cliente esistente</translation>
    </message>
    <message>
        <source>Save a&amp;nyway</source>
        <translation>Salva com&amp;unque</translation>
    </message>
    <message>
        <source>Customers who may be the same person</source>
        <translation>Clienti che potrebbero essere la stessa persona</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Richiami aperti</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casi aperti</translation>
    </message>
    <message>
        <source>The team queue</source>
        <translation>La coda del team</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Open a customer first, then press Ctrl+L.</source>
        <translation>Apri prima un cliente, poi premi Ctrl+L.</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contatto registrato.</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Registra un contatto…</translation>
    </message>
    <message>
        <source>Log a contact with the open customer</source>
        <translation>Registra un contatto con il cliente aperto</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Registra un contatto</translation>
    </message>
    <message>
        <source>Call from {0}</source>
        <translation>Chiamata da {0}</translation>
    </message>
    <message>
        <source>What happened with this customer?</source>
        <translation>Cosa è successo con questo cliente?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Several customers have this number: pick one on the left.</source>
        <translation>Più clienti hanno questo numero: scegline uno a sinistra.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nessun accesso</translation>
    </message>
    <message>
        <source>The language could not be kept for the next start ({0}).</source>
        <translation>Non è stato possibile conservare la lingua per il prossimo avvio ({0}).</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trova cliente</translation>
    </message>
    <message>
        <source>&amp;Reload customer</source>
        <translation>&amp;Ricarica cliente</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Chiudi scheda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Scheda &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Scheda &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Elaborazione…</translation>
    </message>
    <message>
        <source>Agent not set</source>
        <translation>Operatore non impostato</translation>
    </message>
    <message>
        <source>Agent at this workstation</source>
        <translation>Operatore di questa postazione</translation>
    </message>
    <message>
        <source>Local store: {0}</source>
        <translation>Archivio locale: {0}</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>Chiudi {0}</translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation>Clienti aperti</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Pannelli</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Find the other record on the left.</source>
        <translation>Cerca l'altra scheda a sinistra.</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Cliente {0}</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>nessun numero di telefono</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>nessuna email</translation>
    </message>
    <message>
        <source>{0} contacts</source>
        <translation>{0} contatti</translation>
    </message>
    <message>
        <source>Choose another customer: a record cannot be merged into itself.</source>
        <translation>Scegli un altro cliente: una scheda non può essere unita a se stessa.</translation>
    </message>
    <message>
        <source>Merge two records of the same customer</source>
        <translation>Unisci due schede dello stesso cliente</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Questa scheda</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>L'altra scheda</translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation>Tieni &amp;questa</translation>
    </message>
    <message>
        <source>Keep the &amp;other one</source>
        <translation>Tieni l'&amp;altra</translation>
    </message>
    <message>
        <source>&amp;Why are they the same person?</source>
        <translation>&amp;Perché sono la stessa persona?</translation>
    </message>
    <message>
        <source>for example: same phone and birth date, confirmed on the call</source>
        <translation>per esempio: stesso telefono e data di nascita, confermato durante la chiamata</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>This customer has no merge to undo.</source>
        <translation>Questo cliente non ha unioni da annullare.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annulla unione</translation>
    </message>
    <message>
        <source>Undo this merge? The merged record becomes a customer of its own again.
Why (optional):</source>
        <translation>Annullare questa unione? La scheda unita torna a essere un cliente a sé.
Perché (facoltativo):</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Unione annullata.</translation>
    </message>
    <message>
        <source>Open a customer first, then merge it with another.</source>
        <translation>Apri prima un cliente, poi uniscilo a un altro.</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Annulla questa unione</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>&amp;Unisci a un'altra scheda…</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>Annulla u&amp;nione…</translation>
    </message>
    <message>
        <source>Merge this customer with another record</source>
        <translation>Unisci questo cliente a un'altra scheda</translation>
    </message>
    <message>
        <source>Undo the merge (the one selected in the timeline)</source>
        <translation>Annulla l'unione (quella selezionata nella cronologia)</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>The customer refused service messages by {0}: choose another channel.</source>
        <translation>Il cliente ha rifiutato i messaggi di servizio via {0}: scegli un altro canale.</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Informa il cliente</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Scuse</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Soluzione</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>&amp;Copy and log</source>
        <translation>&amp;Copia e registra</translation>
    </message>
    <message>
        <source>To {0} · last told {1}</source>
        <translation>A {0} · ultimo aggiornamento {1}</translation>
    </message>
    <message>
        <source>To {0} · not told yet</source>
        <translation>A {0} · non ancora informato</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;anale</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Oggetto</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <source>What happened, in the customer's words</source>
        <translation>Cosa è successo, con le parole del cliente</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravità</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Cosa è successo</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>The birth date “{0}” is not a date: write it as 31/12/1980.</source>
        <translation>La data di nascita «{0}» non è una data: scrivila come 31/12/1980.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>&amp;Azienda</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data di &amp;nascita</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <source>Home &amp;store</source>
        <translation>&amp;Negozio di riferimento</translation>
    </message>
    <message>
        <source>Call &amp;summary</source>
        <translation>&amp;Sintesi della chiamata</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>any format; several separated by commas</source>
        <translation>qualsiasi formato; più numeri separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Log the call being taken with this customer</source>
        <translation>&amp;Registra la chiamata in corso con questo cliente</translation>
    </message>
    <message>
        <source>What the call is about</source>
        <translation>Di cosa tratta la chiamata</translation>
    </message>
</context>
<context>
    <name>NewWorkModel</name>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>the team queue</source>
        <translation>la coda del team</translation>
    </message>
</context>
<context>
    <name>NewWorkPanel</name>
    <message numerus="yes">
        <source>New for you: %Ln handed over by colleagues</source>
        <translation>
            <numerusform>Nuovo per te: %Ln passato dai colleghi</numerusform>
            <numerusform>Nuovo per te: %Ln passati dai colleghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;seen</source>
        <translation>&amp;Già visto</translation>
    </message>
    <message>
        <source>Work handed to you</source>
        <translation>Lavoro passato a te</translation>
    </message>
</context>
<context>
    <name>NotSentDialog</name>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>Nothing waits here: the hub took every change.</source>
        <translation>Qui non c'è nulla in attesa: l'hub ha accettato ogni modifica.</translation>
    </message>
    <message>
        <source>Fix value</source>
        <translation>Correggi il valore</translation>
    </message>
    <message>
        <source>{0}

New value of {1}:</source>
        <translation>{0}

Nuovo valore di {1}:</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Scarta la modifica</translation>
    </message>
    <message>
        <source>The change will never reach the hub. Why is it discarded? The reason stays on this computer as its record.</source>
        <translation>La modifica non arriverà mai all'hub. Perché la scarti? Il motivo resta su questo computer come traccia.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviate</translation>
    </message>
    <message>
        <source>The hub refused these changes. They stay on this computer until you fix a value, send them again (after an administrator fixed what the hub says), or discard them with a reason.</source>
        <translation>L'hub ha rifiutato queste modifiche. Restano su questo computer finché non correggi un valore, le invii di nuovo (dopo che un amministratore ha sistemato ciò che l'hub segnala) o le scarti indicando il motivo.</translation>
    </message>
    <message>
        <source>&amp;Fix value…</source>
        <translation>&amp;Correggi il valore…</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Invia di nuovo</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Scarta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>Modifiche rifiutate dall'hub</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>already has the product</source>
        <translation>ha già il prodotto</translation>
    </message>
    <message>
        <source>accepted an offer for this product</source>
        <translation>ha accettato un'offerta per questo prodotto</translation>
    </message>
    <message>
        <source>declined it in the last 30 days</source>
        <translation>l'ha rifiutata negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>a better offer was presented: {0}</source>
        <translation>è stata presentata un'offerta migliore: {0}</translation>
    </message>
</context>
<context>
    <name>OffersPanelWidget</name>
    <message>
        <source>until {0}</source>
        <translation>fino al {0}</translation>
    </message>
    <message>
        <source>May be presented ({0})</source>
        <translation>Si possono presentare ({0})</translation>
    </message>
    <message>
        <source>Held back ({0})</source>
        <translation>Trattenute ({0})</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validità</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Perché no</translation>
    </message>
    <message>
        <source>May be presented</source>
        <translation>Si possono presentare</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Trattenute</translation>
    </message>
    <message>
        <source>Offers that may be presented</source>
        <translation>Offerte che si possono presentare</translation>
    </message>
    <message>
        <source>Offers held back, with why</source>
        <translation>Offerte trattenute, con il motivo</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Richiamo fatto</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>&amp;Soddisfatto</translation>
    </message>
    <message>
        <source>&amp;Not satisfied: reopen the case</source>
        <translation>&amp;Non soddisfatto: riapri il caso</translation>
    </message>
    <message>
        <source>&amp;Unreachable</source>
        <translation>&amp;Irraggiungibile</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>Cosa ha detto il cliente (facoltativo)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>CareCenter: encrypted store</source>
        <translation>CareCenter: archivio cifrato</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the store {0} is encrypted under a passphrase that is asked at each start and never written down.</source>
        <translation>Questo computer non ha un portachiavi, quindi l'archivio {0} è cifrato con una passphrase che viene chiesta a ogni avvio e non viene mai scritta da nessuna parte.</translation>
    </message>
    <message>
        <source>Choose it now and keep it safe: without it the store cannot be opened.</source>
        <translation>Sceglila ora e conservala con cura: senza di essa l'archivio non si può aprire.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Who is calling?</source>
        <translation>Chi sta chiamando?</translation>
    </message>
    <message>
        <source>Several customers have the number {0}: pick the one calling.</source>
        <translation>Più clienti hanno il numero {0}: scegli chi sta chiamando.</translation>
    </message>
    <message>
        <source>None of them: &amp;new customer</source>
        <translation>Nessuno di loro: &amp;nuovo cliente</translation>
    </message>
    <message>
        <source>Customers with this number</source>
        <translation>Clienti con questo numero</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numero cliente</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numeri di telefono</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Negozio di riferimento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
</context>
<context>
    <name>PlaybookBrowser</name>
    <message>
        <source>Playbooks</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
</context>
<context>
    <name>PlaybookPane</name>
    <message>
        <source>There is no playbook for this category yet.</source>
        <translation>Non c'è ancora una guida per questa categoria.</translation>
    </message>
    <message>
        <source>Nothing found for these words.</source>
        <translation>Nessun risultato per queste parole.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Search every playbook…</source>
        <translation>Cerca in tutte le guide…</translation>
    </message>
    <message>
        <source>Search every playbook</source>
        <translation>Cerca in tutte le guide</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Playbooks found</source>
        <translation>Guide trovate</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Record a promise</source>
        <translation>Registra una promessa</translation>
    </message>
    <message>
        <source>On the case: {0}</source>
        <translation>Sul caso: {0}</translation>
    </message>
    <message>
        <source>Not linked to a case.</source>
        <translation>Non collegata a un caso.</translation>
    </message>
    <message>
        <source>e.g. "We call you back by Friday"</source>
        <translation>es. "La richiamiamo entro venerdì"</translation>
    </message>
    <message>
        <source>As a &amp;window, until</source>
        <translation>Come &amp;fascia, fino alle</translation>
    </message>
    <message>
        <source>Window ends at</source>
        <translation>Fine della finestra</translation>
    </message>
    <message>
        <source>&amp;Promised</source>
        <translation>&amp;Promesso</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
</context>
<context>
    <name>Purges</name>
    <message>
        <source>Phone numbers</source>
        <translation>Numeri di telefono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Indirizzi e-mail</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} deleted at the hub</source>
        <translation>{0}: {1} di {2} eliminati sull'hub</translation>
    </message>
    <message>
        <source>Only a supervisor can confirm these deletions: ask one to open this list.</source>
        <translation>Solo un supervisore può confermare queste eliminazioni: chiedi a un supervisore di aprire questo elenco.</translation>
    </message>
    <message>
        <source>Nothing waits in this list any more: it was confirmed meanwhile.</source>
        <translation>In questo elenco non resta più nulla: è stato confermato nel frattempo.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>In attesa di un supervisore</translation>
    </message>
    <message>
        <source>Deletions waiting</source>
        <translation>Eliminazioni in attesa</translation>
    </message>
    <message>
        <source>The hub deleted more than a fifth of these rows: they are kept on this workstation until a supervisor confirms. Everything else keeps syncing.</source>
        <translation>L'hub ha eliminato più di un quinto di queste righe: restano su questa postazione finché un supervisore non conferma. Tutto il resto continua a sincronizzarsi.</translation>
    </message>
    <message>
        <source>&amp;Delete here</source>
        <translation>&amp;Elimina qui</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Deletions waiting: {0}</source>
        <translation>Eliminazioni in attesa: {0}</translation>
    </message>
    <message>
        <source>Deletions from the hub wait for your confirmation ({0})</source>
        <translation>Eliminazioni dall'hub in attesa della tua conferma ({0})</translation>
    </message>
    <message>
        <source>Deletions waiting: confirm the hub's large deletions (supervisor)</source>
        <translation>Eliminazioni in attesa: conferma le grandi eliminazioni dell'hub (supervisore)</translation>
    </message>
    <message>
        <source>&amp;Deletions waiting…</source>
        <translation>&amp;Eliminazioni in attesa…</translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message>
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>case</source>
        <translation>pratica</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisione</translation>
    </message>
    <message>
        <source>answer to a decision</source>
        <translation>risposta a una decisione</translation>
    </message>
    <message>
        <source>review note</source>
        <translation>nota di revisione</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>richiamo</translation>
    </message>
    <message>
        <source>hand-over</source>
        <translation>passaggio di consegne</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>offerta</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>prodotto posseduto</translation>
    </message>
    <message>
        <source>authority policy</source>
        <translation>politica dei limiti di autonomia</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>rimedio</translation>
    </message>
    <message>
        <source>service charter</source>
        <translation>carta dei servizi</translation>
    </message>
    <message>
        <source>charter citation</source>
        <translation>citazione della carta dei servizi</translation>
    </message>
    <message>
        <source>The hub does not know the table {0}: it needs an update.</source>
        <translation>L'hub non conosce la tabella {0}: va aggiornato.</translation>
    </message>
    <message>
        <source>The hub does not take this kind of change ({0}).</source>
        <translation>L'hub non accetta questo tipo di modifica ({0}).</translation>
    </message>
    <message>
        <source>{0} is not a valid row id.</source>
        <translation>{0} non è un identificativo di riga valido.</translation>
    </message>
    <message>
        <source>The {0} has no field {1}.</source>
        <translation>Il tipo di dato «{0}» non ha il campo {1}.</translation>
    </message>
    <message>
        <source>The {0} field {1} must be {2}.</source>
        <translation>Il campo {1} di {0} deve essere {2}.</translation>
    </message>
    <message>
        <source>The {0} field {1} is {2} characters long; it may hold at most {3}.</source>
        <translation>Il campo {1} di {0} è lungo {2} caratteri; ne può contenere al massimo {3}.</translation>
    </message>
    <message>
        <source>The {0} field {1} cannot hold {2}: use one of {3}.</source>
        <translation>Il campo {1} di {0} non può contenere {2}: usa uno di questi valori: {3}.</translation>
    </message>
    <message>
        <source>The {0} field {1} cannot hold {2}.</source>
        <translation>Il campo {1} di {0} non può contenere {2}.</translation>
    </message>
    <message>
        <source>This new {0} needs the field {1}.</source>
        <translation>Questo nuovo dato ({0}) richiede il campo {1}.</translation>
    </message>
    <message>
        <source>This change was stamped {0} minutes ahead of the hub's clock: fix this computer's date and time, then send it again.</source>
        <translation>Questa modifica porta un orario avanti di {0} minuti rispetto all'orologio dell'hub: correggi data e ora di questo computer, poi inviala di nuovo.</translation>
    </message>
    <message>
        <source>The clock of the {0} field {1} is not valid.</source>
        <translation>L'orario del campo {1} di {0} non è valido.</translation>
    </message>
    <message>
        <source>This {0} was written once and cannot be changed.</source>
        <translation>Questo dato ({0}) si scrive una volta sola e non si può modificare.</translation>
    </message>
    <message>
        <source>Changing this {1} needs the role {0} or higher (you are {2}): ask an administrator, then send it again.</source>
        <translation>Per modificare questo dato ({1}) serve il ruolo {0} o superiore (il tuo è {2}): chiedi a un amministratore, poi invialo di nuovo.</translation>
    </message>
    <message>
        <source>This amount is over your own authority, so you cannot answer this request.</source>
        <translation>Questo importo supera i tuoi limiti di autonomia, quindi non puoi rispondere a questa richiesta.</translation>
    </message>
    <message>
        <source>{0} of this remedy is over the published limit of your role ({1}) for one grant: ask a supervisor for approval.</source>
        <translation>{0} di questo rimedio supera il limite pubblicato per il tuo ruolo ({1}) per una sola concessione: chiedi l'approvazione a un supervisore.</translation>
    </message>
    <message>
        <source>A decision is approved or refused only by a supervisor's answer.</source>
        <translation>Una decisione si approva o si rifiuta solo con la risposta di un supervisore.</translation>
    </message>
    <message>
        <source>The decision this refers to is not on the hub yet: send it again after the next sync.</source>
        <translation>La decisione a cui si riferisce non è ancora sull'hub: inviala di nuovo dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Nobody can answer their own request: ask another supervisor.</source>
        <translation>Nessuno può rispondere alla propria richiesta: chiedi a un altro supervisore.</translation>
    </message>
    <message>
        <source>This {0} names a {1} the hub does not have: send that one first, then send this again.</source>
        <translation>Questo elemento ({0}) fa riferimento a un elemento ({1}) che l’hub non ha: invia prima quello, poi invia di nuovo questo.</translation>
    </message>
    <message>
        <source>This agent was disabled by an administrator.</source>
        <translation>Questo operatore è stato disattivato da un amministratore.</translation>
    </message>
    <message>
        <source>The hub refused this change ({0}).</source>
        <translation>L’hub ha rifiutato questa modifica ({0}).</translation>
    </message>
    <message>
        <source>This {0} is not yours to hand over: ask a supervisor to share it out.</source>
        <translation>Questo elemento ({0}) non è tuo da passare: chiedi a un supervisore di distribuirlo.</translation>
    </message>
    <message>
        <source>A hand-over changes only who holds this {0} and adds a note: save your other changes apart.</source>
        <translation>Un passaggio di consegne cambia solo chi ha questo elemento ({0}) e aggiunge una nota: salva a parte le altre modifiche.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>un testo</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vero o falso</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>un valore JSON</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>a date and time with its zone</source>
        <translation>una data e un'ora con il fuso orario</translation>
    </message>
    <message>
        <source>This change is no longer waiting: it was sent again or discarded.</source>
        <translation>Questa modifica non è più in attesa: è stata inviata di nuovo o scartata.</translation>
    </message>
    <message>
        <source>Say why the change is discarded: the reason stays as its record.</source>
        <translation>Indica perché scarti la modifica: il motivo resta come traccia.</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {0} characters.</source>
        <translation>Il motivo è troppo lungo: resta sotto i {0} caratteri.</translation>
    </message>
    <message>
        <source>This refusal is not about a value: send it again or discard it.</source>
        <translation>Questo rifiuto non riguarda un valore: invia di nuovo la modifica o scartala.</translation>
    </message>
    <message>
        <source>The hub has no field {0} here.</source>
        <translation>Qui l'hub non ha il campo {0}.</translation>
    </message>
    <message>
        <source>The hub would refuse this value too: {0}</source>
        <translation>L'hub rifiuterebbe anche questo valore: {0}</translation>
    </message>
    <message>
        <source>The hub would refuse this value too.</source>
        <translation>L'hub rifiuterebbe anche questo valore.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Matched on: {0}</source>
        <translation>Trovato per: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Asked</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Oltre il limite</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Da guardare</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Money granted</source>
        <translation>Importo concesso</translation>
    </message>
    <message>
        <source>Within authority</source>
        <translation>Entro l'autonomia</translation>
    </message>
    <message>
        <source>{0} of {1} granted</source>
        <translation>{0} su {1} concessi</translation>
    </message>
    <message>
        <source>Satisfied at follow-up</source>
        <translation>Soddisfatti al richiamo</translation>
    </message>
    <message>
        <source>{0} satisfied, {1} checked, of {2} granted</source>
        <translation>{0} soddisfatti, {1} verificati, su {2} concessi</translation>
    </message>
    <message>
        <source>Customers kept</source>
        <translation>Clienti mantenuti</translation>
    </message>
    <message>
        <source>{0} of {1} customers</source>
        <translation>{0} su {1} clienti</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; asks for {1} ({2}) for {3}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; chiede {1} ({2}) per {3}.</translation>
    </message>
    <message>
        <source>When asked: {0} for this customer in 30 days; at most {1} per grant.</source>
        <translation>Al momento della richiesta: {0} per questo cliente in 30 giorni; al massimo {1} per concessione.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; asks for {1} of {2} for {3}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; chiede {1} di {2} per {3}.</translation>
    </message>
    <message>
        <source>When asked: {0} left for this customer in 30 days, {1} left that day; {2} per decision.</source>
        <translation>Al momento della richiesta: {0} ancora disponibili per questo cliente in 30 giorni, {1} disponibili quel giorno; {2} per decisione.</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Motivazione: {0}</translation>
    </message>
    <message>
        <source>Pick a request from the list first.</source>
        <translation>Scegli prima una richiesta dall'elenco.</translation>
    </message>
    <message>
        <source>Say why the request is refused: the agent will read it.</source>
        <translation>Spiega perché la richiesta è rifiutata: l'operatore lo leggerà.</translation>
    </message>
    <message>
        <source>Approved: {0} will see it after the next sync.</source>
        <translation>Approvata: {0} lo vedrà dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Refused, with your note: {0} will see it after the next sync.</source>
        <translation>Rifiutata, con la tua nota: {0} lo vedrà dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Pick a decision from the list first.</source>
        <translation>Scegli prima una decisione dall'elenco.</translation>
    </message>
    <message>
        <source>Write the praise or the lesson: the note is empty.</source>
        <translation>Scrivi l'elogio o il suggerimento: la nota è vuota.</translation>
    </message>
    <message>
        <source>Note added: {0} sees it in their coaching page.</source>
        <translation>Nota aggiunta: {0} la vede nella sua pagina di coaching.</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Rivedi le decisioni</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Ultimo giorno</numerusform>
            <numerusform>Ultimi %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approval requests (%Ln)</source>
        <translation>
            <numerusform>Richieste di approvazione (%Ln)</numerusform>
            <numerusform>Richieste di approvazione (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Coda di revisione</translation>
    </message>
    <message>
        <source>Review queue (the newest {0} of {1})</source>
        <translation>Coda di revisione (le {0} più recenti di {1})</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifre</translation>
    </message>
    <message>
        <source>Training and praise</source>
        <translation>Formazione ed elogi</translation>
    </message>
    <message>
        <source>No approval requests are waiting.</source>
        <translation>Nessuna richiesta di approvazione in attesa.</translation>
    </message>
    <message>
        <source>A note for the agent (needed to refuse: say why)</source>
        <translation>Una nota per l'operatore (necessaria per rifiutare: spiega perché)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Ri&amp;fiuta</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Mostra solo</translation>
    </message>
    <message>
        <source>&amp;Praise</source>
        <translation>&amp;Elogio</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Suggerimento</translation>
    </message>
    <message>
        <source>What went well, or what to try next time. The agent reads it as coaching.</source>
        <translation>Cosa è andato bene, o cosa provare la prossima volta. L'operatore la legge come coaching.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <source>Within authority: granted without approval or override. Satisfied: the remedy check said it worked. Kept: contacted again within 90 days without a new complaint.</source>
        <translation>Entro l'autonomia: concesso senza approvazione né deroga. Soddisfatti: la verifica del rimedio dice che ha funzionato. Mantenuti: ricontattati entro 90 giorni senza un nuovo reclamo.</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Richieste di approvazione</translation>
    </message>
    <message>
        <source>Note for the agent</source>
        <translation>Nota per l'operatore</translation>
    </message>
    <message>
        <source>Praise or lesson for the agent</source>
        <translation>Elogio o suggerimento per l'operatore</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuovo cliente…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Opening the store…</source>
        <translation>Apertura dell’archivio…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Type a name, phone number, email or customer number.</source>
        <translation>Scrivi un nome, un numero di telefono, un’email o un codice cliente.</translation>
    </message>
    <message>
        <source>No customer found for “{0}”.</source>
        <translation>Nessun cliente trovato per «{0}».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln cliente trovato</numerusform>
            <numerusform>%Ln clienti trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>Search customers (Ctrl+K)</source>
        <translation>Cerca clienti (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>A name, phone number, email or customer number; Down and Enter open a customer</source>
        <translation>Un nome, un numero di telefono, un'e-mail o un codice cliente; Giù e Invio aprono un cliente</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>No playbook section</source>
        <translation>Nessuna sezione del playbook</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>Da leggere: {0}</translation>
    </message>
    <message>
        <source>A lesson may point to the playbook section it is about</source>
        <translation>Un suggerimento può rimandare alla sezione del playbook che lo riguarda</translation>
    </message>
    <message>
        <source>Playbook section</source>
        <translation>Sezione della guida</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>With a hub, agents change by signing in: Switch agent ({0}).</source>
        <translation>Con un hub l'operatore cambia accedendo: Cambia operatore ({0}).</translation>
    </message>
    <message>
        <source>Each agent signs in at the hub service with their own password; the role and the authority come from the hub.</source>
        <translation>Ogni operatore accede al servizio hub con la propria password; il ruolo e i limiti di autonomia vengono dall'hub.</translation>
    </message>
    <message>
        <source>No hub: this computer works on its own and nothing is sent anywhere.</source>
        <translation>Nessun hub: questo computer lavora da solo e non invia nulla.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Nome &amp;operatore:</translation>
    </message>
    <message>
        <source>The role comes from the hub; an administrator changes it there.</source>
        <translation>Il ruolo viene dall'hub; lo cambia un amministratore.</translation>
    </message>
    <message>
        <source>&amp;Shop or team:</source>
        <translation>&amp;Negozio o team:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Indirizzo dell'&amp;hub:</translation>
    </message>
    <message>
        <source>S&amp;ync every (seconds):</source>
        <translation>S&amp;incronizza ogni (secondi):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
</context>
<context>
    <name>ShareOutDialog</name>
    <message>
        <source>Share out an absent colleague's work</source>
        <translation>Distribuisci il lavoro di un collega assente</translation>
    </message>
    <message>
        <source>&amp;Whose work</source>
        <translation>&amp;Lavoro di</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open items to share out. Tick who takes them: each goes to whoever then has the least open work.</source>
        <translation>
            <numerusform>%Ln elemento aperto da distribuire. Spunta chi lo prende: va a chi ha meno lavoro aperto.</numerusform>
            <numerusform>%Ln elementi aperti da distribuire. Spunta chi li prende: ciascuno va a chi in quel momento ha meno lavoro aperto.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note for the colleagues</source>
        <translation>&amp;Nota per i colleghi</translation>
    </message>
    <message>
        <source>Share out  (Ctrl+Return)</source>
        <translation>Distribuisci  (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Colleagues and their open work</source>
        <translation>I colleghi e il loro lavoro aperto</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>Trova un cliente</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Su, Giù</translation>
    </message>
    <message>
        <source>Move through the results while typing</source>
        <translation>Scorri i risultati mentre scrivi</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Open the highlighted customer</source>
        <translation>Apri il cliente evidenziato</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Close the customer tab</source>
        <translation>Chiudi la scheda del cliente</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Scheda successiva</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Scheda precedente</translation>
    </message>
    <message>
        <source>Go to tab 1 to 9</source>
        <translation>Vai alla scheda da 1 a 9</translation>
    </message>
    <message>
        <source>Go to the customer's history (1) or another section</source>
        <translation>Vai allo storico del cliente (1) o a un'altra sezione</translation>
    </message>
    <message>
        <source>Sync with the hub, then reload the customer</source>
        <translation>Sincronizza con l'hub, poi ricarica il cliente</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostra questo elenco</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Switch agent: another agent signs in at this desk</source>
        <translation>Cambia operatore: un altro operatore accede a questa postazione</translation>
    </message>
    <message>
        <source>Signed in offline: the hub cannot be reached, so your work is sent when it is back.</source>
        <translation>Accesso offline: l'hub non è raggiungibile, il tuo lavoro verrà inviato quando tornerà disponibile.</translation>
    </message>
    <message>
        <source>Without a hub there is nobody to sign in: set the agent's name in Settings (Ctrl+,).</source>
        <translation>Senza hub non c'è nessun accesso: imposta il nome dell'operatore nelle Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>The hub no longer accepts this computer's sign-in: sign in again.</source>
        <translation>L'hub non accetta più l'accesso di questo computer: accedi di nuovo.</translation>
    </message>
    <message>
        <source>The hub can be reached again: sign in to send your work.</source>
        <translation>L'hub è di nuovo raggiungibile: accedi per inviare il tuo lavoro.</translation>
    </message>
    <message>
        <source>S&amp;witch agent…</source>
        <translation>Cambia &amp;operatore…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Type your name and your password.</source>
        <translation>Scrivi il tuo nome e la tua password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>The hub cannot be reached: you are signed in offline, and your work is sent when the hub is back.</source>
        <translation>L'hub non è raggiungibile: hai effettuato l'accesso offline e il tuo lavoro verrà inviato quando l'hub tornerà disponibile.</translation>
    </message>
    <message>
        <source>This computer has no keyring: you sign in again each time CareCenter starts.</source>
        <translation>Questo computer non ha un portachiavi di sistema: dovrai accedere di nuovo a ogni avvio di CareCenter.</translation>
    </message>
    <message>
        <source>Switch agent</source>
        <translation>Cambia operatore</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign in with your own name and password: the hub records who does what, with your role and authority.</source>
        <translation>Accedi con il tuo nome e la tua password: l'hub registra chi fa cosa, con il tuo ruolo e i tuoi limiti di autonomia.</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation>Operatore senior</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>No hub is set: enter its address in Settings (Ctrl+,).</source>
        <translation>Nessun hub impostato: inserisci il suo indirizzo nelle Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>The hub address must be the hub service's, such as https://hub.example.org:8765: correct it in Settings (Ctrl+,).</source>
        <translation>L'indirizzo dell'hub deve essere quello del servizio hub, per esempio https://hub.example.org:8765: correggilo nelle Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>The name or the password is wrong: check them and try again.</source>
        <translation>Il nome o la password sono sbagliati: controllali e riprova.</translation>
    </message>
    <message>
        <source>This agent was disabled on the hub: ask an administrator.</source>
        <translation>Questo operatore è stato disattivato sull'hub: chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and {0} never signed in on this computer, so the console cannot check the password: try again when the hub is back.</source>
        <translation>L'hub non è raggiungibile e {0} non ha mai effettuato l'accesso su questo computer, quindi la console non può verificare la password: riprova quando l'hub sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and the password does not match the one last used on this computer: try again.</source>
        <translation>L'hub non è raggiungibile e la password non corrisponde all'ultima usata su questo computer: riprova.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check the network, then try again.</source>
        <translation>L'hub non è raggiungibile: controlla la rete, poi riprova.</translation>
    </message>
    <message>
        <source>The hub refused the sign-in: {0}</source>
        <translation>L'hub ha rifiutato l'accesso: {0}</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>What was offered (Enter ticks the step)</source>
        <translation>Cosa è stato offerto (Invio spunta il passo)</translation>
    </message>
    <message>
        <source>Note (optional; Enter ticks the step)</source>
        <translation>Nota (facoltativa; Invio spunta il passo)</translation>
    </message>
    <message>
        <source>Note on the step “{0}”</source>
        <translation>Nota sul passo «{0}»</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>Cancella la nota</translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation>Compensa…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Richiama…</translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation>operatore sconosciuto</translation>
    </message>
    <message>
        <source>Done by {0}, {1}</source>
        <translation>Fatto da {0}, {1}</translation>
    </message>
    <message>
        <source>Unticked by {0}, {1}</source>
        <translation>Tolto da {0}, {1}</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Overrides: cases closed with steps not ticked.</source>
        <translation>Eccezioni: casi chiusi con passi non spuntati.</translation>
    </message>
    <message>
        <source>{0} open, {1} overdue</source>
        <translation>{0} aperti, {1} scaduti</translation>
    </message>
    <message>
        <source>The ten agents with the most open follow-ups; red: overdue ({0} in all).</source>
        <translation>I dieci operatori con più richiami aperti; in rosso gli scaduti ({0} in tutto).</translation>
    </message>
    <message>
        <source>{0} of {1} promises due were kept on time.</source>
        <translation>{0} promesse su {1} scadute sono state mantenute in tempo.</translation>
    </message>
    <message>
        <source>median {0}, p90 {1} · {2} recovered, {3} open, {4} with open steps</source>
        <translation>mediana {0}, p90 {1} · {2} risolti, {3} aperti, {4} con passi aperti</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} di {1}</translation>
    </message>
    <message>
        <source>Week to {0}: {1} of {2} promises kept on time.</source>
        <translation>Settimana fino al {0}: {1} di {2} promesse mantenute in tempo.</translation>
    </message>
    <message>
        <source>Screen pops on this workstation in the last 30 days: none.</source>
        <translation>Apertura schede da chiamata su questa postazione negli ultimi 30 giorni: nessuna.</translation>
    </message>
    <message>
        <source>Screen pops on this workstation in the last 30 days: {0}; from the call to the customer on screen {1} ms typically, {2} ms at worst for 95 in 100.</source>
        <translation>Apertura schede da chiamata su questa postazione negli ultimi 30 giorni: {0}; dalla chiamata al cliente sullo schermo di solito {1} ms, al massimo {2} ms in 95 casi su 100.</translation>
    </message>
    <message>
        <source>Figures as of now.</source>
        <translation>Dati aggiornati ad ora.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items shared out.</source>
        <translation>
            <numerusform>%Ln elemento distribuito.</numerusform>
            <numerusform>%Ln elementi distribuiti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Esporta i dati</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} rows written to {1}.</source>
        <translation>{0} righe scritte in {1}.</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Vista responsabile</translation>
    </message>
    <message>
        <source>Workload per agent</source>
        <translation>Carico per operatore</translation>
    </message>
    <message>
        <source>Who is overloaded</source>
        <translation>Chi è sovraccarico</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesse mantenute</translation>
    </message>
    <message>
        <source>Time to recovery by category</source>
        <translation>Tempo di recupero per categoria</translation>
    </message>
    <message>
        <source>Promises kept week by week</source>
        <translation>Promesse mantenute settimana per settimana</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Richiami aperti</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Promesse in scadenza</translation>
    </message>
    <message>
        <source>Median time to recovery (hours)</source>
        <translation>Tempo mediano di recupero (ore)</translation>
    </message>
    <message>
        <source>Kept on time (%)</source>
        <translation>Mantenute in tempo (%)</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Ancora nessun dato.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Non scaduti</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non mantenute</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenute</translation>
    </message>
    <message>
        <source>Open follow-ups of the busiest agents</source>
        <translation>Richiami aperti degli agenti più carichi</translation>
    </message>
    <message>
        <source>The agents keeping the fewest promises</source>
        <translation>Gli agenti che mantengono meno promesse</translation>
    </message>
    <message>
        <source>Median time to recovery by category</source>
        <translation>Tempo mediano di recupero per categoria</translation>
    </message>
    <message>
        <source>Promises kept on time, week by week</source>
        <translation>Promesse mantenute in tempo, settimana per settimana</translation>
    </message>
    <message>
        <source>From opening a case to closing the last case of its reopenings; bars: median.</source>
        <translation>Dall'apertura di un caso alla chiusura dell'ultima riapertura; barre: mediana.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Share out…  (Ctrl+Shift+J)</source>
        <translation>Distribuisci…  (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Supervisor view…</source>
        <translation>Vista &amp;responsabile…</translation>
    </message>
    <message>
        <source>Supervisor view: workload, promises kept, time to recovery</source>
        <translation>Vista responsabile: carico, promesse mantenute, tempo di recupero</translation>
    </message>
    <message>
        <source>In the supervisor view: share out an absent colleague's work</source>
        <translation>Nella vista supervisore: distribuisci il lavoro di un collega assente</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No hub is set: enter its address in Settings (Ctrl+,).</source>
        <translation>Nessun hub impostato: inseriscine l'indirizzo nelle Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>The hub address must be the hub service's, such as https://hub.example.org:8765: correct it in Settings (Ctrl+,).</source>
        <translation>L'indirizzo dell'hub deve essere quello del servizio hub, per esempio https://hub.example.org:8765: correggilo nelle Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to sync ({0}).</source>
        <translation>Nessuno ha effettuato l'accesso: accedi per sincronizzare ({0}).</translation>
    </message>
    <message>
        <source>No hub</source>
        <translation>Nessun hub</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nessun accesso</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>{0} changes waiting</source>
        <translation>{0} modifiche in attesa</translation>
    </message>
    <message>
        <source>last sync {0}</source>
        <translation>ultima sincronizzazione {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln non inviata</numerusform>
            <numerusform>%Ln non inviate</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the hub refused: open the list to fix, send again or discard them ({0})</source>
        <translation>Modifiche rifiutate dall'hub: apri l'elenco per correggerle, inviarle di nuovo o scartarle ({0})</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Sync with the hub now ({0})</source>
        <translation>Sincronizza ora con l'hub ({0})</translation>
    </message>
    <message>
        <source>&amp;Sync and reload</source>
        <translation>&amp;Sincronizza e ricarica</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Not sent…</source>
        <translation>&amp;Non inviate…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronizzazione</translation>
    </message>
    <message>
        <source>Settings: shop, hub, sync interval, language</source>
        <translation>Impostazioni: negozio, hub, intervallo di sincronizzazione, lingua</translation>
    </message>
    <message>
        <source>Not sent: the changes the hub refused</source>
        <translation>Non inviate: le modifiche rifiutate dall'hub</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <source>Next colour theme: system, light, dark, high contrast</source>
        <translation>Tema di colori successivo: sistema, chiaro, scuro, alto contrasto</translation>
    </message>
    <message>
        <source>The theme could not be kept for the next start ({0}).</source>
        <translation>Non è stato possibile conservare il tema per il prossimo avvio ({0}).</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Next theme</source>
        <translation>&amp;Tema successivo</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Campagna / offerta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Offer {0}: {1}</source>
        <translation>Offerta {0}: {1}</translation>
    </message>
    <message>
        <source>Duration {0}</source>
        <translation>Durata {0}</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Asked</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>una decisione</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>What to learn</source>
        <translation>Cosa imparare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Celebrated</source>
        <translation>Festeggiato</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Pick a praise from the list first.</source>
        <translation>Scegli prima un elogio dall’elenco.</translation>
    </message>
    <message>
        <source>Shared with the team: everyone sees it in My coaching after the next sync.</source>
        <translation>Condiviso con il team: tutti lo vedono in Il mio coaching dopo la prossima sincronizzazione.</translation>
    </message>
    <message numerus="yes">
        <source>Training asked in the last %Ln day(s)</source>
        <translation>
            <numerusform>Formazione chiesta nell’ultimo giorno</numerusform>
            <numerusform>Formazione chiesta negli ultimi %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Praise to celebrate with the team</source>
        <translation>Elogi da festeggiare con il team</translation>
    </message>
    <message>
        <source>Celebrate the decision  (Ctrl+Shift+B)</source>
        <translation>Festeggia la decisione  (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Training asked for</source>
        <translation>Formazione richiesta</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Who works at this desk</source>
        <translation>Chi lavora a questa postazione</translation>
    </message>
    <message>
        <source>Sign in with your own name and password: the hub records who does what, with your role and authority.</source>
        <translation>Accedi con il tuo nome e la tua password: l'hub registra chi fa cosa, con il tuo ruolo e la tua autorità.</translation>
    </message>
    <message>
        <source>This desk works without a hub. Your name goes on every contact, case and decision you record; your role sets what you may grant.</source>
        <translation>Questa postazione lavora senza hub. Il tuo nome va su ogni contatto, pratica e decisione che registri; il tuo ruolo stabilisce che cosa puoi concedere.</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Choose the store</source>
        <translation>Scegli l'archivio</translation>
    </message>
    <message>
        <source>CareCenter stores (*.db);;All files (*)</source>
        <translation>Archivi CareCenter (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>There is no store at {0}: check the path, or choose to create a new store.</source>
        <translation>Non c'è alcun archivio in {0}: controlla il percorso, oppure scegli di creare un nuovo archivio.</translation>
    </message>
    <message>
        <source>{0} already exists: choose to open an existing store, or give a new file.</source>
        <translation>{0} esiste già: scegli di aprire un archivio esistente, oppure indica un nuovo file.</translation>
    </message>
    <message>
        <source>Give the store's file.</source>
        <translation>Indica il file dell'archivio.</translation>
    </message>
    <message>
        <source>The store on this computer</source>
        <translation>L'archivio su questo computer</translation>
    </message>
    <message>
        <source>Your work is kept in a store file on this computer, so that it goes on when the network does not.</source>
        <translation>Il tuo lavoro è conservato in un file di archivio su questo computer, così continua anche quando la rete no.</translation>
    </message>
    <message>
        <source>&amp;Use this store (a new one is made there)</source>
        <translation>&amp;Usa questo archivio (ne viene creato uno nuovo lì)</translation>
    </message>
    <message>
        <source>&amp;Use this store</source>
        <translation>&amp;Usa questo archivio</translation>
    </message>
    <message>
        <source>&amp;Open an existing store:</source>
        <translation>&amp;Apri un archivio esistente:</translation>
    </message>
    <message>
        <source>&amp;Create a new store:</source>
        <translation>&amp;Crea un nuovo archivio:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Working offline, and sync</source>
        <translation>Lavorare offline, e la sincronizzazione</translation>
    </message>
    <message>
        <source>Work goes on when the network or the hub is down: what you record is kept in the store on this computer.</source>
        <translation>Il lavoro continua quando la rete o l'hub non funzionano: ciò che registri è conservato nell'archivio su questo computer.</translation>
    </message>
    <message>
        <source>Changes are kept and sent to the hub at the next sync: in the background every {0} seconds, or at once with {1}. The status bar shows how many are waiting.</source>
        <translation>Le modifiche sono conservate e inviate all'hub alla sincronizzazione successiva: in background ogni {0} secondi, o subito con {1}. La barra di stato mostra quante sono in attesa.</translation>
    </message>
    <message>
        <source>“Not sent” means the hub refused a change (for example, an amount over a limit): it is set aside with the reason, the rest goes on, and you can correct it and send it again from the list of changes not sent ({0}).</source>
        <translation>«Non inviate» significa che l'hub ha rifiutato una modifica (per esempio, un importo oltre un limite): viene messa da parte con il motivo, il resto prosegue, e puoi correggerla e inviarla di nuovo dall'elenco delle modifiche non inviate ({0}).</translation>
    </message>
    <message>
        <source>This desk has no hub yet: everything stays here until one is set in Settings (Ctrl+,).</source>
        <translation>Questa postazione non ha ancora un hub: tutto resta qui finché non se ne imposta uno nelle Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>Welcome to CareCenter</source>
        <translation>Benvenuto in CareCenter</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Inizia a lavorare</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No customer for this number</source>
        <translation>Nessun cliente per questo numero</translation>
    </message>
    <message>
        <source>Nobody in the store has the number {0}. Check it, or search by name.</source>
        <translation>Nessuno nell’archivio ha il numero {0}. Controllalo, oppure cerca per nome.</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trova un cliente</translation>
    </message>
    <message>
        <source>Press Ctrl+K or F3, then type part of a name, a phone number, an email or a customer number.</source>
        <translation>Premi Ctrl+K o F3, poi scrivi parte di un nome, un numero di telefono, un’email o un codice cliente.</translation>
    </message>
</context>
<context>
    <name>WorkMode</name>
    <message>
        <source>do not call (consent denied)</source>
        <translation>non chiamare (consenso negato)</translation>
    </message>
    <message>
        <source>already has the product</source>
        <translation>ha già il prodotto</translation>
    </message>
    <message>
        <source>reached by marketing recently</source>
        <translation>raggiunto dal marketing di recente</translation>
    </message>
    <message>
        <source>too many marketing calls in 30 days</source>
        <translation>troppe chiamate di marketing in 30 giorni</translation>
    </message>
    <message>
        <source>attempts for this campaign used up</source>
        <translation>tentativi per questa campagna esauriti</translation>
    </message>
    <message>
        <source>open complaint</source>
        <translation>reclamo aperto</translation>
    </message>
    <message>
        <source>a better offer was presented</source>
        <translation>è stata presentata un'offerta migliore</translation>
    </message>
    <message>
        <source>call</source>
        <translation>da chiamare</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>da saltare</translation>
    </message>
    <message>
        <source>recover first</source>
        <translation>prima recuperare</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one with carecenter campaign create.</source>
        <translation>Non c'è ancora nessuna campagna: creane una con carecenter campaign create.</translation>
    </message>
    <message>
        <source>Checking the list against the history…</source>
        <translation>Confronto della lista con lo storico…</translation>
    </message>
    <message>
        <source>Press F6 for the next customer.</source>
        <translation>Premi F6 per il prossimo cliente.</translation>
    </message>
    <message>
        <source>Not to call</source>
        <translation>Da non chiamare</translation>
    </message>
    <message>
        <source>{0}: {1} entries, {2} still to call, {3} not to call</source>
        <translation>{0}: {1} voci, {2} ancora da chiamare, {3} da non chiamare</translation>
    </message>
    <message>
        <source>Not to call, with why ({0})</source>
        <translation>Da non chiamare, con il motivo ({0})</translation>
    </message>
    <message>
        <source>Nobody left to call on this list.</source>
        <translation>Nessuno rimasto da chiamare in questa lista.</translation>
    </message>
    <message>
        <source>Passed over, being called at another workstation or called a short while ago: {0}.</source>
        <translation>Saltati perché in chiamata su un'altra postazione o chiamati poco fa: {0}.</translation>
    </message>
    <message>
        <source>Campaign {0}</source>
        <translation>Campagna {0}</translation>
    </message>
    <message>
        <source>present the offer {0}</source>
        <translation>presenta l'offerta {0}</translation>
    </message>
    <message>
        <source>better than the campaign's, presented before</source>
        <translation>migliore di quella della campagna, già presentata</translation>
    </message>
    <message>
        <source>call-back promised by {0}</source>
        <translation>richiamata promessa entro le {0}</translation>
    </message>
    <message>
        <source>Calling customer {0}</source>
        <translation>Chiamata al cliente {0}</translation>
    </message>
    <message>
        <source>Pick a campaign first.</source>
        <translation>Scegli prima una campagna.</translation>
    </message>
    <message>
        <source>Export the call list</source>
        <translation>Esporta la lista di chiamata</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {0} of {1} entries to {2} ({3} not to call left out).</source>
        <translation>Scritte {0} di {1} voci in {2} ({3} da non chiamare escluse).</translation>
    </message>
    <message>
        <source>Next customer (F6)</source>
        <translation>Prossimo cliente (F6)</translation>
    </message>
    <message>
        <source>Log and next (Enter)</source>
        <translation>Registra e avanti (Invio)</translation>
    </message>
    <message>
        <source>Export for the dialer…</source>
        <translation>Esporta per il dialer…</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Customers skipped, with why</source>
        <translation>Clienti saltati, con il motivo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation>C&amp;hiamate</translation>
    </message>
    <message>
        <source>&amp;Work a campaign…</source>
        <translation>&amp;Lavora una campagna…</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Prossimo cliente</translation>
    </message>
    <message>
        <source>&amp;Export the call list…</source>
        <translation>&amp;Esporta la lista di chiamata…</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista di chiamata</translation>
    </message>
    <message>
        <source>Work a campaign's call list</source>
        <translation>Lavora la lista di chiamata di una campagna</translation>
    </message>
    <message>
        <source>Next customer on the call list</source>
        <translation>Prossimo cliente della lista di chiamata</translation>
    </message>
    <message>
        <source>1 … 9, Enter</source>
        <translation>1 … 9, Invio</translation>
    </message>
    <message>
        <source>Wrap-up: pick the outcome, log it and go to the next</source>
        <translation>Chiusura: scegli l'esito, registralo e passa al prossimo</translation>
    </message>
    <message>
        <source>Export the reconciled call list for the dialer</source>
        <translation>Esporta la lista di chiamata verificata per il dialer</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Eccezioni</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CareCenter cannot start</source>
        <translation>CareCenter non può partire</translation>
    </message>
</context>
<context>
    <name>charter</name>
    <message>
        <source>Our promises and rules: read a clause, cite it on the case</source>
        <translation>Le nostre promesse e regole: leggi una clausola, citala nella pratica</translation>
    </message>
    <message>
        <source>Our promises and &amp;rules…</source>
        <translation>Le nostre promesse e &amp;regole…</translation>
    </message>
</context>
<context>
    <name>decisions</name>
    <message>
        <source>Granted</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Deroga</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Over a cap (found at sync)</source>
        <translation>Oltre un limite (rilevato alla sincronizzazione)</translation>
    </message>
    <message>
        <source>Granted within the agent's authority.</source>
        <translation>Concesso entro l'autonomia dell'operatore.</translation>
    </message>
    <message>
        <source>Granted over a limit with a written reason; a supervisor will look at it.</source>
        <translation>Concesso oltre un limite con una motivazione scritta; un supervisore lo esaminerà.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor's answer.</source>
        <translation>In attesa della risposta di un supervisore.</translation>
    </message>
    <message>
        <source>A supervisor approved it.</source>
        <translation>Un supervisore l'ha approvato.</translation>
    </message>
    <message>
        <source>A supervisor refused it; nothing was granted.</source>
        <translation>Un supervisore l'ha rifiutato; non è stato concesso nulla.</translation>
    </message>
    <message>
        <source>Granted within what this workstation knew; with other workstations' decisions it went over a cap. It stands, and a supervisor will look at it.</source>
        <translation>Concesso entro quanto sapeva questa postazione; con le decisioni delle altre postazioni ha superato un limite. Resta valido, e un supervisore lo esaminerà.</translation>
    </message>
    <message>
        <source>Over a cap</source>
        <translation>Oltre un limite</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Unusual amount</source>
        <translation>Importo insolito</translation>
    </message>
    <message>
        <source>Repeated remedy</source>
        <translation>Rimedio ripetuto</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>per decision</source>
        <translation>per decisione</translation>
    </message>
    <message>
        <source>for this customer in 30 days</source>
        <translation>per questo cliente in 30 giorni</translation>
    </message>
    <message>
        <source>for you today</source>
        <translation>per te oggi</translation>
    </message>
    <message>
        <source>Within your authority: it is granted at once, offline too.</source>
        <translation>Entro la tua autonomia: viene concesso subito, anche offline.</translation>
    </message>
    <message>
        <source>Over your limit {0}: ask a supervisor for approval, or override it with a written reason.</source>
        <translation>Oltre il tuo limite {0}: chiedi l'approvazione a un supervisore, o deroga con una motivazione scritta.</translation>
    </message>
    <message>
        <source>Over your limit {0}: ask a supervisor for approval.</source>
        <translation>Oltre il tuo limite {0}: chiedi l'approvazione a un supervisore.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} giorni</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} ore</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1 volta</translation>
    </message>
    <message>
        <source>{0} times</source>
        <translation>{0} volte</translation>
    </message>
    <message>
        <source>{0} of {1} days</source>
        <translation>{0} di {1} giorni</translation>
    </message>
    <message>
        <source>{0} of {1} hours</source>
        <translation>{0} di {1} ore</translation>
    </message>
    <message>
        <source>{0} of {1} times</source>
        <translation>{0} di {1} volte</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Giorni</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Ore</translation>
    </message>
    <message>
        <source>Granted (&amp;yes or no)</source>
        <translation>&amp;Sì o no (concesso)</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Quanti</translation>
    </message>
    <message>
        <source>Amounts in {0} cannot be granted: the authority policy counts {1} only, so enter the amount in {1}.</source>
        <translation>Non si possono concedere importi in {0}: la politica di autonomia conta solo in {1}, quindi inserisci l'importo in {1}.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Open a customer first: a remedy is granted to one customer.</source>
        <translation>Apri prima un cliente: un rimedio si concede a un cliente.</translation>
    </message>
    <message>
        <source>The review is for supervisors: your notes are in My coaching (Ctrl+Shift+O).</source>
        <translation>La revisione è per i supervisori: le tue note sono in Il mio coaching (Ctrl+Maiusc+O).</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>My coaching</source>
        <translation>Il mio coaching</translation>
    </message>
    <message>
        <source>Supervisors answered {0} of your approval requests: see the customers' Decisions or My coaching.</source>
        <translation>I supervisori hanno risposto a {0} delle tue richieste di approvazione: vedi le Decisioni dei clienti o Il mio coaching.</translation>
    </message>
    <message>
        <source>{0} approved your request of {1} for {2}.</source>
        <translation>{0} ha approvato la tua richiesta di {1} per {2}.</translation>
    </message>
    <message>
        <source>{0} refused your request of {1} for {2}.</source>
        <translation>{0} ha rifiutato la tua richiesta di {1} per {2}.</translation>
    </message>
    <message>
        <source>Grant a remedy to the customer</source>
        <translation>Concedi un rimedio al cliente</translation>
    </message>
    <message>
        <source>In the grant dialog: grant, or ask for approval</source>
        <translation>Nella finestra di concessione: concedi, o chiedi l'approvazione</translation>
    </message>
    <message>
        <source>My coaching: notes on your decisions</source>
        <translation>Il mio coaching: note sulle tue decisioni</translation>
    </message>
    <message>
        <source>Ask for training about the selected decision or case</source>
        <translation>Chiedi formazione sulla decisione o sul caso selezionato</translation>
    </message>
    <message>
        <source>Review decisions and answer requests</source>
        <translation>Rivedi le decisioni e rispondi alle richieste</translation>
    </message>
    <message>
        <source>In the review's Training and praise: celebrate the decision</source>
        <translation>In Formazione ed elogi della revisione: festeggia la decisione</translation>
    </message>
    <message>
        <source>&amp;Grant a remedy…</source>
        <translation>&amp;Concedi un rimedio…</translation>
    </message>
    <message>
        <source>&amp;Review decisions</source>
        <translation>&amp;Rivedi le decisioni</translation>
    </message>
    <message>
        <source>My &amp;coaching</source>
        <translation>Il mio &amp;coaching</translation>
    </message>
    <message>
        <source>Ask for &amp;training…</source>
        <translation>Chiedi &amp;formazione…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisione</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>in attesa di un supervisore</translation>
    </message>
    <message>
        <source>Approved by {0}</source>
        <translation>Approvato da {0}</translation>
    </message>
    <message>
        <source>Refused by {0}</source>
        <translation>Rifiutato da {0}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same phone number</source>
        <translation>stesso numero di telefono</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>stessa email</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same name, short form</source>
        <translation>stesso nome, forma breve</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nome simile</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>stessa data di nascita</translation>
    </message>
    <message>
        <source>another birth date</source>
        <translation>altra data di nascita</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>stesso indirizzo</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Da richiamare</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Ha revocato il consenso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Schede unite</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Unione annullata</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numero di telefono</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>codice cliente</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>The operation failed ({0}); try again, and tell IT if it happens again.</source>
        <translation>L’operazione non è riuscita ({0}); riprova e avvisa l’assistenza tecnica se succede di nuovo.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <source>Remedy check</source>
        <translation>Verifica rimedio</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Richiamata</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Non soddisfatto</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Irraggiungibile</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Window missed</source>
        <translation>Fascia mancata</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prossimo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
</TS>
