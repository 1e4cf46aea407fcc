<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AskTraining</name>
    <message>
        <source>the decision {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case or a decision of the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: a supervisor will see it in the review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskTrainingDialog</name>
    <message>
        <source>Ask for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0}. What would you like to learn or practise? Your supervisor sees it in the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: how far can I go on a late delivery the customer needed for a trip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask  (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityMeter</name>
    <message>
        <source>{0} over {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} left of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authority after this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer, 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerStrip</name>
    <message>
        <source>low severity</source>
        <extracomment>a case category&apos;s name in the console&apos;s language (the cases feature&apos;s api gives it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing called {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing sent an SMS {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing sent an e-mail {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing sent a letter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing met the customer at the counter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing chatted with the customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing contacted the customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer number {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back promised {0} — {1} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call for marketing (since {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaint: {0}, {1}, opened {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: {0} (customer {1}), {2} — open to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to check after sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — campaign {1} · offer {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted on {0} ({1}); offer {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open promises: {0}, next due {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — overdue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups: {0}, oldest due {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent offers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on {0}; open complaints in all: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next promise: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: click or {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the detail of warning 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Changes to check view is not part of this console yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by the hub as a possible duplicate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Severity: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last told: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with open steps: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopens an earlier case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service charter cited: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise…  (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook  (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected. Press Ctrl+N to open a case when something went wrong for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playbook of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the play&amp;books…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a promise made to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer how the selected case goes (e-mail, SMS or copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a case&apos;s form (new case, promise, follow-up…): save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the playbook of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checklist templates or playbooks could not be read; the shipped ones are used instead. Fix these files and restart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesToCheck</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: no change made at two desks at once waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at two desks at once, where one had to lose. Keep what every desk has now, or restore what lost: it becomes the value on every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes to check (made at two desks at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to check: keep what every desk has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to check: restore what lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, with the other desk&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here while changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at one desk while changed at another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: {0} · Lost: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the customer  (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value  (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete again  (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the lost value  (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) was deleted at {2} while {3} changed it. Sync kept the customer: keep it, or delete it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} ({2}) was changed at two desks at once. Every desk now has “{3}” ({4}); “{5}” ({6}) lost. Keep the value, or restore the one that lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was already settled (the kept value stays): the list is now up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was already settled (the lost value was restored): the list is now up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead, or the agent whose value lost, may settle this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record this change is about is not on this workstation yet: sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer here: the list is now up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>No clause holds “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clause to cite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer first: a clause is cited on their case or decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§{0} is cited on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§{0} is cited on the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our promises and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a clause: type a word (late, refund, delivery…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause, to read to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case to cite the clause on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision to cite the clause on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite on the &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite on the d&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close with open steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps are not ticked. Closing anyway is recorded as an override; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer asked to close it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (Enter opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from your supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you read and asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrated with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. When a supervisor praises a decision or suggests something to try, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensateDialog</name>
    <message>
        <source>Compensate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was offered to the customer; it is kept as the note of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. waived the 10 EUR delivery fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logged contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undone merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists here (merged or deleted): open the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel: phone calls, SMS, e-mail or post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the consent is for: marketing or service contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the consent comes from: a call, the counter, a form or an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: {0} characters, at most {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer agreed to, now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the customer says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant: the customer agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw: the customer says no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: asked on the phone not to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first, then press {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the open customer&apos;s consent (grant or withdraw)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (1–9, Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1 to 9 pick an outcome; Enter saves the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed a call-back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Unknown outcome {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {0} {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why these customers are the same person before merging them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers is already merged into another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept customer is already part of the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such merge to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged customer has moved since; undo the later merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is empty; the first line must be a header naming the columns (at least {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist; check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} names the column {1} twice in its header; keep one and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is neither a CSV text file nor an .xlsx workbook; save it as CSV or .xlsx and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be opened as an .xlsx workbook; open it in Excel, save it again as .xlsx (or CSV) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the hub before recording work (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the agent&apos;s name in the settings before recording work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {0}: use one of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in {0} cannot be granted: the authority policy counts {1} only, so enter the amount in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a written reason: say why this customer should have more than your authority allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is over your authority ({0}): ask a supervisor for approval, or override it with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is over your authority ({0}) and your role may not override it: ask a supervisor for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is not known on this workstation: sync, or ask an administrator to add the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is not known on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not in the remedy catalogue: choose a remedy from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can answer an approval request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision is not known on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not waiting for an answer any more (it is {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can answer their own request: ask another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is refused: the agent will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: keep it under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not one of this customer&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of this remedy must be a whole number from 1 to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service charter has no clause {0}: choose a clause from the charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause is cited on one case or one decision of the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision is not one of this customer&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review note is a praise or a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the praise or the lesson: the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review note is about one decision or one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can write review notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not known on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist for the category &quot;{0}&quot;; choose one of: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity must be low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened, in the customer&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed; reopen it to change its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no step &quot;{0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the note what was offered to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when to follow up with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps were unticked meanwhile; give a reason to close the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be due in the past; choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was promised to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of a follow-up must be promise, remedy_check or call_back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one follow-up or case to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work is already with that colleague: choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a colleague&apos;s work: only she or a supervisor can hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can share out a colleague&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one colleague, or the team queue, to share the work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lesson points to a playbook section: choose Lesson, or no section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you would like to learn: the request is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for training from a case or a decision: select one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note does not point to a playbook section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a praise is celebrated with the team; a lesson stays between you two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team already celebrates this praise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome must be satisfied, not_satisfied or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must end after it starts; choose a later end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promised window lasts at most {0} hours; promise a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the customer is coming for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer is coming for is longer than {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is already {0}; it cannot become {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {0} message in language {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer refused service messages by {0}: copy the text or use another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no {0} on file: add one with Ctrl+E or copy the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign name is longer than {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code must be 1 to {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days before calling a customer again must be between {0} and {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most calls in 30 days must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most attempts must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named {0} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offer {0}; import the offers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer {0} is for product {1}, not {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign named {0}; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read to the end (not {1} text); the rows written so far are kept, fix the file and import it again to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read to the end ({1}); the rows written so far are kept, fix the file and import it again to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no column {1} (header read: &quot;{2}&quot;); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} stopped unexpectedly (exit code {1}); the rows written so far are kept, import the file again to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} failed ({1}); the rows written so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown screen pop outcome {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen pop cannot take negative or endless time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read to the end (not {1} text after line {2}); the rows written so far are kept, fix the file and import it again to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no columns {1} (header read: &quot;{2}&quot;); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no column {1} (header read: &quot;{2}&quot;); columns must be separated by commas or semicolons; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no columns {1} (header read: &quot;{2}&quot;); columns must be separated by commas or semicolons; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is over your authority ({0}): ask a supervisor for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per customer in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. swap the faulty modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting {0} min past the slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected — {0} min late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {0} booked · {1} still expected · {2} waiting past their slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day&apos;s counter appointments (Ctrl+B book, Ctrl+I check in, Ctrl+D seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book for this customer…  (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in  (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen  (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer first: the appointment is booked for the customer shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is expected at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsButton</name>
    <message>
        <source>Follow-ups: {0} overdue · {1} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open follow-ups (Ctrl+Shift+F): {0} upcoming later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerHeaderWidget</name>
    <message>
        <source>Customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) in total</source>
        <translation>
            <numerusform>%Ln contact in total</numerusform>
            <numerusform>%Ln contacts in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Also shows the history of merged records: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact with the customer, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts with this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service charter cited: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted in the last 30 days: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Grant a remedy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions for this customer yet.
Press {0} to grant a remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>In &amp;2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friday 10:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCustomer</name>
    <message>
        <source>Open a customer first, then press Ctrl+E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the open customer&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a first name, a last name or a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too long: keep it to {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an Italian postcode: it has five digits, like 20121.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an Italian province: write its two letters, like MI or RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a country: write its two-letter code, like IT or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs a street, a postcode and a town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>The birth date “{0}” is not a date: write it as 31/12/1980.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any format, separated by commas; the first is the main one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas; the first is the main one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI, RM… (in Italy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT, GB… (empty: IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes of the customer&apos;s record: who changed which field, from which desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>There is no store at {0}: open the console without --db, or create one with carecenter init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a store: give the store&apos;s file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {0} cannot be written (it or its folder is read-only): ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {0} is in use by another program: close it, then start the console again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {0} is full: free some space, then start the console again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {0} cannot be opened: check that its folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {0} is encrypted and this computer&apos;s keyring holds no key for it: open it where it was made, or restore a backup made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {0} is encrypted and this computer has no keyring: start the console again and give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the encrypted store {0}; it was left untouched: start the console again and give the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareCenter: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty store there? If the path is wrong, quit and start the console with --db and the store&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody calls the customer back to check they are satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>{0} overdue · {1} due today · {2} upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln handed over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised window ended at {0}: apologise, act at once and call back — Ctrl+R opens the recovery steps on its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back window missed ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not satisfied: the case was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…  (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover…  (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…  (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my follow-ups and the team&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the highlighted follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery steps for a missed call-back window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand follow-ups and cases over to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant a remedy to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter counts what every desk granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached: the meter counts only what this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedy catalogue is still loading: wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a remedy from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount of the remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a written reason: say why this customer should have more than your authority allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not go over a limit: ask a supervisor for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked a supervisor to approve {0} of {1} for {2}: you will see the answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked a supervisor to approve {0} ({1}) for {2}: you will see the answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted {0} ({1}) to {2} over your limit, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted {0} ({1}) to {2}; a follow-up will ask whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted {0} of {1} to {2} over your limit, with your reason; a follow-up will ask whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted {0} of {1} to {2}; a follow-up will ask whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and why this remedy. Needed to override a limit; a supervisor reads it with an approval request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant at once (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the request for a supervisor; it waits offline too (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override with reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant over your limit now; the reason goes to your supervisor&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} open follow-ups, {2} open cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what a colleague should take on; your note tells her where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over  (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open follow-ups and cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings (products owned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. The rows written so far are kept; import the same file again to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows read: {1} imported, {2} already there, {3} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {0} text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without an offset were taken as local time ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns ignored: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows are also in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or .xlsx file; Browse… picks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, contacts, holdings or offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>{column} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is longer than {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not one of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language “{value}” is not a two-letter language code like it or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date like 31/12/1980 or 1980-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date and time like 05/12/2026 14:30 or 2026-12-05T14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is before {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is more than a day in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} holds a control character ({0}), which no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is not an amount in euro like 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone “{value}” is not a phone number (region {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email “{value}” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} is before valid_from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer_ref {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown campaign {value} (create it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown offer {value} (import the offers first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} already exists with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} appears again with different data (first on line {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid CSV ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {0} fields where the header has {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikelyMatches</name>
    <message>
        <source>This customer is probably already in the store ({0}). Open the existing customer, or save anyway if it is somebody else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer may already be in the store ({0}). Open the existing customer, or save anyway if it is somebody else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others have this name: ask for the birth date or the address to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others have this name: ask for the birth date to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a&amp;nyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who may be the same person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Open a customer first, then press Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact with the open customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened with this customer?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Several customers have this number: pick one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be kept for the next start ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent at this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Find the other record on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another customer: a record cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records of the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why are they the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: same phone and birth date, confirmed on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no merge to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this merge? The merged record becomes a customer of its own again.
Why (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first, then merge it with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this customer with another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge (the one selected in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>The customer refused service messages by {0}: choose another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {0} · last told {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {0} · not told yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>The birth date “{0}” is not a date: write it as 31/12/1980.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any format; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log the call being taken with this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call is about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkPanel</name>
    <message numerus="yes">
        <source>New for you: %Ln handed over by colleagues</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work handed to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotSentDialog</name>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits here: the hub took every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

New value of {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change will never reach the hub. Why is it discarded? The reason stays on this computer as its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused these changes. They stay on this computer until you fix a value, send them again (after an administrator fixed what the hub says), or discard them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>already has the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted an offer for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined it in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a better offer was presented: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPanelWidget</name>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be presented ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers that may be presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers held back, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not satisfied: reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>CareCenter: encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring, so the store {0} is encrypted under a passphrase that is asked at each start and never written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it now and keep it safe: without it the store cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers have the number {0}: pick the one calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them: &amp;new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with this number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookBrowser</name>
    <message>
        <source>Playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookPane</name>
    <message>
        <source>There is no playbook for this category yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every playbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Record a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the case: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;We call you back by Friday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;window, until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purges</name>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} of {2} deleted at the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can confirm these deletions: ask one to open this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits in this list any more: it was confirmed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub deleted more than a fifth of these rows: they are kept on this workstation until a supervisor confirms. Everything else keeps syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions waiting: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions from the hub wait for your confirmation ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions waiting: confirm the hub&apos;s large deletions (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deletions waiting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charter citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not know the table {0}: it needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not take this kind of change ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a valid row id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} has no field {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} field {1} must be {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} field {1} is {2} characters long; it may hold at most {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} field {1} cannot hold {2}: use one of {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} field {1} cannot hold {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This new {0} needs the field {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was stamped {0} minutes ahead of the hub&apos;s clock: fix this computer&apos;s date and time, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of the {0} field {1} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {0} was written once and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing this {1} needs the role {0} or higher (you are {2}): ask an administrator, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is over your own authority, so you cannot answer this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of this remedy is over the published limit of your role ({1}) for one grant: ask a supervisor for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision is approved or refused only by a supervisor&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision this refers to is not on the hub yet: send it again after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can answer their own request: ask another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {0} names a {1} the hub does not have: send that one first, then send this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent was disabled by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused this change ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {0} is not yours to hand over: ask a supervisor to share it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over changes only who holds this {0} and adds a note: save your other changes apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time with its zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer waiting: it was sent again or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the change is discarded: the reason stays as its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refusal is not about a value: send it again or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no field {0} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub would refuse this value too: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub would refuse this value too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Matched on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied at follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} satisfied, {1} checked, of {2} granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; asks for {1} ({2}) for {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When asked: {0} for this customer in 30 days; at most {1} per grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; asks for {1} of {2} for {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When asked: {0} left for this customer in 30 days, {1} left that day; {2} per decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a request from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is refused: the agent will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: {0} will see it after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, with your note: {0} will see it after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a decision from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the praise or the lesson: the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added: {0} sees it in their coaching page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approval requests (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue (the newest {0} of {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the agent (needed to refuse: say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, or what to try next time. The agent reads it as coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within authority: granted without approval or override. Satisfied: the remedy check said it worked. Kept: contacted again within 90 days without a new complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise or lesson for the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone number, email or customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln customer found</numerusform>
            <numerusform>%Ln customers found</numerusform>
        </translation>
    </message>
    <message>
        <source>Search customers (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, phone number, email or customer number; Down and Enter open a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>No playbook section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson may point to the playbook section it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>With a hub, agents change by signing in: Switch agent ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agent signs in at the hub service with their own password; the role and the authority come from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub: this computer works on its own and nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role comes from the hub; an administrator changes it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop or team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync every (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareOutDialog</name>
    <message>
        <source>Share out an absent colleague&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open items to share out. Tick who takes them: each goes to whoever then has the least open work.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note for the colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share out  (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues and their open work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the results while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the highlighted customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the customer tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to tab 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the customer&apos;s history (1) or another section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub, then reload the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Switch agent: another agent signs in at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in offline: the hub cannot be reached, so your work is sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a hub there is nobody to sign in: set the agent&apos;s name in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer accepts this computer&apos;s sign-in: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub can be reached again: sign in to send your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch agent…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Type your name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached: you are signed in offline, and your work is sent when the hub is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring: you sign in again each time CareCenter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own name and password: the hub records who does what, with your role and authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub is set: enter its address in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must be the hub service&apos;s, such as https://hub.example.org:8765: correct it in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or the password is wrong: check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent was disabled on the hub: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached and {0} never signed in on this computer, so the console cannot check the password: try again when the hub is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached and the password does not match the one last used on this computer: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached: check the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the sign-in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>What was offered (Enter ticks the step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional; Enter ticks the step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the step “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked by {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Overrides: cases closed with steps not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open, {1} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten agents with the most open follow-ups; red: overdue ({0} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} promises due were kept on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {0}, p90 {1} · {2} recovered, {3} open, {4} with open steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week to {0}: {1} of {2} promises kept on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen pops on this workstation in the last 30 days: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen pops on this workstation in the last 30 days: {0}; from the call to the customer on screen {1} ms typically, {2} ms at worst for 95 in 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items shared out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows written to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to recovery by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to recovery (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups of the busiest agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents keeping the fewest promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to recovery by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept on time, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From opening a case to closing the last case of its reopenings; bars: median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share out…  (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor view: workload, promises kept, time to recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the supervisor view: share out an absent colleague&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No hub is set: enter its address in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must be the hub service&apos;s, such as https://hub.example.org:8765: correct it in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to sync ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the hub refused: open the list to fix, send again or discard them ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub now ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: shop, hub, sync interval, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the changes the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next colour theme: system, light, dark, high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme could not be kept for the next start ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a praise from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the team: everyone sees it in My coaching after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training asked in the last %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Praise to celebrate with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrate the decision  (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Who works at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own name and password: the hub records who does what, with your role and authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works without a hub. Your name goes on every contact, case and decision you record; your role sets what you may grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareCenter stores (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at {0}: check the path, or choose to create a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists: choose to open an existing store, or give a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the store&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept in a store file on this computer, so that it goes on when the network does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this store (a new one is made there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline, and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work goes on when the network or the hub is down: what you record is kept in the store on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept and sent to the hub at the next sync: in the background every {0} seconds, or at once with {1}. The status bar shows how many are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not sent” means the hub refused a change (for example, an amount over a limit): it is set aside with the reason, the rest goes on, and you can correct it and send it again from the list of changes not sent ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no hub yet: everything stays here until one is set in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CareCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No customer for this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the store has the number {0}. Check it, or search by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+K or F3, then type part of a name, a phone number, an email or a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkMode</name>
    <message>
        <source>do not call (consent denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached by marketing recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many marketing calls in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts for this campaign used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a better offer was presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign yet: create one with carecenter campaign create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the list against the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F6 for the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} entries, {2} still to call, {3} not to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to call, with why ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody left to call on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed over, being called at another workstation or called a short while ago: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present the offer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better than the campaign&apos;s, presented before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-back promised by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} of {1} entries to {2} ({3} not to call left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log and next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the dialer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers skipped, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work a campaign&apos;s call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer on the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 9, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up: pick the outcome, log it and go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reconciled call list for the dialer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CareCenter cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charter</name>
    <message>
        <source>Our promises and rules: read a clause, cite it on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our promises and &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>decisions</name>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a cap (found at sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted within the agent&apos;s authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted over a limit with a written reason; a supervisor will look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor refused it; nothing was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted within what this workstation knew; with other workstations&apos; decisions it went over a cap. It stands, and a supervisor will look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this customer in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your authority: it is granted at once, offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over your limit {0}: ask a supervisor for approval, or override it with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over your limit {0}: ask a supervisor for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (&amp;yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in {0} cannot be granted: the authority policy counts {1} only, so enter the amount in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first: a remedy is granted to one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is for supervisors: your notes are in My coaching (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors answered {0} of your approval requests: see the customers&apos; Decisions or My coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} approved your request of {1} for {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} refused your request of {1} for {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a remedy to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the grant dialog: grant, or ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coaching: notes on your decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for training about the selected decision or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decisions and answer requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the review&apos;s Training and praise: celebrate the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant a remedy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, short form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>The operation failed ({0}); try again, and tell IT if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
