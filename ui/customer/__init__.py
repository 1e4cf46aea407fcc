"""The customer: the view with its timeline and banner, the new-customer form, merging,
logging a contact, the screen pop and its picker, the offers section."""
