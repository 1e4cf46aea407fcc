<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <source>%n contact(s) in total</source>
        <translation>
            <numerusform>%n contatto in tutto</numerusform>
            <numerusform>%n contatti in tutto</numerusform>
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
        <source>History</source>
        <translation>Storico</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Several customers have this number: pick one on the left.</source>
        <translation>Più clienti hanno questo numero: scegline uno a sinistra.</translation>
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
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Matched on: {0}</source>
        <translation>Trovato per: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
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
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n cliente trovato</numerusform>
            <numerusform>%n clienti trovati</numerusform>
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
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
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
        <source>Reload the customer</source>
        <translation>Ricarica il cliente</translation>
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
    <name>app</name>
    <message>
        <source>CareCenter cannot start</source>
        <translation>CareCenter non può partire</translation>
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
</TS>
