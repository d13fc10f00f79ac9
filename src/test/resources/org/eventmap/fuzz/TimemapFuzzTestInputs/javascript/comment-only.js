// nothing here
/* still */
