"""The MoU form's parts: parties and axes editors, bodies tree and dialog, partner picker."""
