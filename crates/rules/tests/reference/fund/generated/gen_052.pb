META
key;value
description;"Generated election 52 ""test""; reference"
num_projects;11
num_votes;14
budget;2703,31
vote_type;approval
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
P92-0;1450;"Licht; Weg";3;1
P65-1;500;" Garten ";6;0
P61-2;100;" Garten ";5;1
P47-3;100;Baum;5;1
P52-4;1600;"Licht; Weg";3;0
P04-5;2750;" Garten ";4;1
P17-6;100;Bänke am Teich;0;1
P20-7;423.73;"Spielplatz ""Nord""";0;1
P52-8;100;Baum;9;0
P23-9;500;"Licht; Weg";2;0
P44-10;100;Baum;0;1

VOTES
voter_id;vote;age
1;P61-2,P52-8,P04-5,P52-4;86
2;P52-8;none
3;P61-2,P52-8,P04-5,P52-4;31
4;P52-8,P47-3,P92-0,P65-1;69
5;P52-8;none
6;P65-1,P23-9,P47-3,P04-5;66
7;P61-2,P65-1,P47-3,P52-8;32
8;P23-9;none
9;P65-1,P47-3,P52-8;30
10;P52-4,P92-0;none
11;P61-2;none
12;P61-2,P65-1,P47-3,P52-8;none
13;P04-5,P65-1,P92-0;48
14;P52-8;none
