"""The wizard's pages, one module each; each reads and edits the shared WizardModel and none calls XAPI."""
